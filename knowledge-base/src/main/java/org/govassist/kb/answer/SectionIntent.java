package org.govassist.kb.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govassist.kb.guide.SectionKind;

/**
 * Finds which parts of a guide a question asks about: 要带啥 asks for the materials, 多少钱 for
 * the fee, 在哪 for the place. Works on normalised text (simplified, half-width, lower case).
 *
 * <p>Stateless and thread-safe.
 */
public final class SectionIntent {

	private static final Map<SectionKind, Pattern> CUES = new EnumMap<>(SectionKind.class);

	static {
		CUES.put(SectionKind.MATERIALS, Pattern.compile(
				"材料|资料|带什么|带啥|要带|需带|需要带|得带|准备什么|准备啥|准备哪些|提交什么|提供什么|提交哪些|提供哪些"
						+ "|需要什么证|要什么证|要啥证|需要哪些证|什么证件|啥证件|哪些证件|证明材料|需要什么东西|带哪些|拿什么|带上什么"));
		CUES.put(SectionKind.FEE, Pattern.compile(
				"多少钱|几块钱|多少费用|费用|收费|收不收|要钱|要不要钱|花钱|花多少|免费|工本费|价格|价钱|贵不贵|交多少钱|付多少|钱吗"));
		CUES.put(SectionKind.TIME_LIMIT, Pattern.compile(
				"多久|多长时间|多少天|几天|几个工作日|时限|多快|要等|等多久|什么时候能(拿|领|办好|下来|到)|啥时候能|来得及|当天能|当场能|加急|办好要"));
		CUES.put(SectionKind.LOCATION, Pattern.compile(
				"在哪|去哪|哪里办|哪儿|到哪|什么地方|啥地方|哪个部门|哪个窗口|地点|地址|窗口|几点|上班时间|办公时间|工作时间|周末|节假日|星期六|星期天|周六|周日|营业"));
		CUES.put(SectionKind.ONLINE, Pattern.compile(
				"网上|线上|在线|手机上|手机办|app|小程序|公众号|网站|网址|链接|不用跑|不跑腿|在家办|掌上|网办|电脑上"));
		CUES.put(SectionKind.CONDITIONS, Pattern.compile(
				"条件|资格|符合|够不够|能不能|可不可以|可以吗|能吗|行吗|行不行|能否|是否可以|有没有资格|要求|满足|限制"));
		CUES.put(SectionKind.PROCESS, Pattern.compile(
				"流程|步骤|程序|怎么办理|如何办理|怎么申请|如何申请|怎么操作|如何操作|办理手续|怎么走"));
		CUES.put(SectionKind.PHONE, Pattern.compile("电话|热线|联系方式|怎么联系|咨询号码|打哪个"));
		CUES.put(SectionKind.LEGAL_BASIS, Pattern.compile("依据|法律|法规|政策规定|哪条规定|文件规定|哪个文件"));
	}

	private SectionIntent() {
	}

	/**
	 * The sections a question asks about, in the order the question asks them.
	 *
	 * @param normalizedQuestion the question after normalisation
	 * @return the asked sections, possibly empty, without repeats
	 */
	public static List<SectionKind> askedIn(String normalizedQuestion) {
		record Cue(SectionKind kind, int position) {
		}
		List<Cue> cues = new ArrayList<>();
		for (Map.Entry<SectionKind, Pattern> entry : CUES.entrySet()) {
			Matcher matcher = entry.getValue().matcher(normalizedQuestion);
			if (matcher.find()) {
				cues.add(new Cue(entry.getKey(), matcher.start()));
			}
		}
		cues.sort(Comparator.comparingInt(Cue::position));
		return cues.stream().map(Cue::kind).toList();
	}

	/**
	 * The question with every section cue removed, for telling whether anything is left that names
	 * a matter ("那要多少钱？" leaves nothing but particles).
	 *
	 * @param normalizedQuestion the question after normalisation
	 * @return the remaining text
	 */
	public static String withoutCues(String normalizedQuestion) {
		String rest = normalizedQuestion;
		for (Pattern cue : CUES.values()) {
			rest = cue.matcher(rest).replaceAll(" ");
		}
		return rest;
	}

}
