package org.govassist.kb.retrieval;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kind of action a question or a guide is about. Sibling matters differ mostly here
 * (首次申领 / 换领 / 补领 of one document), so agreement and conflict are strong cues.
 */
enum Intent {

	FIRST("首次|第一次|初次|新办|新申领|头一次|从来没办过|没办过|没有办过|首办"),
	RENEW("换|到期|过期|期满|快到期|有效期满|续期|续签|换卡"),
	REISSUE("补领|补办|补发|补证|补一|补个|丢了|丢失|遗失|弄丢|找不到|被偷|被盗|挂失|掉了|损坏|坏了|补换"),
	CANCEL("注销|销户|撤销|吊销|不想开了|关掉|解除"),
	TRANSFER("转移|转入|转出|转到|转过来|转回|迁出|迁移|迁走|迁往|迁到(?!我|这|临江|本地|本市|老公|老婆|丈夫|妻子|爱人|媳妇|父母|爸妈|子女|儿子|女儿)|过户|转让"),
	SETTLE("上户口|报户口|迁入|迁进|迁过来|迁来|迁到(我|这|临江|本地|本市|老公|老婆|丈夫|妻子|爱人|媳妇|父母|爸妈|子女|儿子|女儿)|投靠|投奔"),
	WITHDRAW("提取|取出|取钱|提钱|取公积金|提公积金|领取|支取"),
	CHANGE("变更|修改|更改|更正|改名|改一下|改过来|改成");

	private final Pattern cue;

	Intent(String cue) {
		this.cue = Pattern.compile(cue);
	}

	/**
	 * The intents a normalised text expresses.
	 *
	 * @param normalizedText simplified, half-width, lower-case text
	 * @return the intents found, possibly none
	 */
	static Set<Intent> in(String normalizedText) {
		Set<Intent> found = EnumSet.noneOf(Intent.class);
		for (Intent intent : values()) {
			if (intent.cue.matcher(normalizedText).find()) {
				found.add(intent);
			}
		}
		return found;
	}

}
