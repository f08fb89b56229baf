package org.govassist.kb.eval;

import java.util.List;
import java.util.NoSuchElementException;

import org.govassist.kb.guide.Faq;

/**
 * What is done with a subject in a generated guide (apply for it, renew it, replace a lost one,
 * ...), as text patterns with the placeholders {@code {subject}}, {@code {short}},
 * {@code {department}}, {@code {place}} and {@code {centre}}.
 *
 * @param family the kind of subject the matter applies to
 * @param code the id suffix, e.g. {@code reissue}
 * @param title the title pattern
 * @param aliases colloquial names of the matter
 * @param summary the summary pattern
 * @param conditions who may apply
 * @param materials what to bring, before the subject's own materials
 * @param process the steps
 * @param timeLimits the time limits one of which a guide states
 * @param charged whether the subject's fee applies; otherwise the matter is free
 * @param faqs questions and answers about the matter
 */
record MatterKind(Family family, String code, String title, List<String> aliases, String summary, String conditions,
		List<String> materials, List<String> process, List<String> timeLimits, boolean charged, List<Faq> faqs) {

	/** The kinds of subject, each with its own set of matters. */
	enum Family {
		/** A certificate or card held by a person. */
		PERSON_CERTIFICATE,
		/** A licence or permit held by a business or organisation. */
		BUSINESS_LICENCE,
		/** A benefit, allowance or subsidy paid to a person or family. */
		BENEFIT
	}

	private static final List<String> PERSON_STEPS = List.of(
			"预约：通过“临江通”App或临江市政务服务网预约办理时段，也可直接到{centre}取号",
			"受理：窗口工作人员核验身份和申请材料，材料不全的一次性告知需补正的内容",
			"审核：{department}对申请进行审核",
			"办结：证件制作完成后到原受理窗口领取，或选择邮政EMS寄递送达");

	private static final List<String> LICENCE_STEPS = List.of(
			"申请：通过临江市政务服务网“{subject}”事项在线提交申请，或到{centre}综合受理窗口提交纸质材料",
			"受理：材料齐全、符合法定形式的当场受理，不齐全的一次性告知补正内容",
			"审查：{department}对材料进行审查，需要现场核查的安排现场核查",
			"决定：作出准予或不予许可的决定，不予许可的书面说明理由",
			"送达：窗口领取或邮寄送达，电子证照同步发放");

	private static final List<String> BENEFIT_STEPS = List.of(
			"申请：向户籍所在地或居住地的街道（乡镇）便民服务中心提出申请，也可通过“临江通”App在线申请",
			"受理：街道（乡镇）便民服务中心核对材料并受理",
			"审核：{department}对申请人情况进行核查，必要时入户调查",
			"公示：审核结果在申请人所在村（社区）公示7天",
			"发放：审核通过的，按月发放至申请人的社会保障卡或银行账户");

	static final List<MatterKind> ALL = List.of(
			person("first", "{subject}首次申领", List.of("第一次办{short}", "{short}怎么申请", "新办{short}", "办{short}要带什么"),
					"符合申领条件、此前从未领取过{subject}的申请人，向{department}申请首次领取{subject}。",
					"申请人符合{subject}的申领条件且此前未领取过。须本人到场办理并采集相片等信息；未成年人由监护人陪同办理。",
					List.of("申请人居民身份证或居民户口簿原件", "近期免冠证件照片（可在受理窗口现场免费拍摄）",
							"《{subject}申领登记表》1份（窗口领取或网上下载）"),
					List.of("法定时限30日；承诺时限7个工作日", "法定时限30日；承诺时限10个工作日", "法定时限60日；承诺时限15个工作日"), true,
					List.of(new Faq("第一次办{short}可以找别人代办吗？", "不可以。首次申领须本人到场核验身份并采集信息，未成年人由监护人陪同。"),
							new Faq("{short}办好后能寄到家里吗？", "可以。受理时选择邮寄送达，证件制作完成后由邮政EMS寄出，邮费由申请人到付。"))),
			person("renew", "{subject}有效期满换领", List.of("{short}到期了怎么换", "{short}过期换证", "换{short}", "{short}快到期了"),
					"{subject}有效期届满或即将届满的，持证人向{department}申请换领新证。",
					"持证人可在{subject}有效期届满前3个月内申请换领；已过期的也可申请，过期证件不能继续使用。",
					List.of("原{subject}", "申请人居民身份证原件", "近期免冠证件照片（可在受理窗口现场免费拍摄）"),
					List.of("法定时限30日；承诺时限5个工作日", "法定时限30日；承诺时限7个工作日"), true,
					List.of(new Faq("{short}过期几个月了还能换吗？", "可以换领。证件过期后不能继续使用，请尽快携带原证到窗口申请换领。"),
							new Faq("换{short}期间要用证怎么办？", "受理后可申请开具受理回执或临时证明，在换证期间使用。"))),
			person("reissue", "{subject}遗失补领", List.of("{short}丢了怎么办", "补办{short}", "{short}被偷了", "{short}掉了补一个"),
					"{subject}遗失或被盗的，持证人向{department}申请补领。",
					"持证人的{subject}遗失或被盗。补领的新证签发后，原证件自动作废。",
					List.of("申请人居民身份证原件（身份证一并遗失的，提交户口簿）", "遗失情况说明或报失证明",
							"近期免冠证件照片（可在受理窗口现场免费拍摄）"),
					List.of("法定时限30日；承诺时限7个工作日", "法定时限30日；承诺时限10个工作日"), true,
					List.of(new Faq("{short}丢了需要登报声明吗？", "不需要。在窗口填写遗失情况说明即可，无需登报。"),
							new Faq("{short}丢了能让家人代办补领吗？", "需要采集本人相片或指纹的，须本人到场；其他情形可由近亲属持双方身份证件和委托书代办。"))),
			person("replace", "{subject}损坏换领", List.of("{short}坏了怎么换", "{short}磨损了", "{short}破了能换吗", "{short}芯片坏了"),
					"{subject}损坏、字迹模糊或芯片失效无法使用的，持证人向{department}申请换领。",
					"持证人的{subject}严重损坏或无法辨认、无法读取。办理时须交回损坏的原证。",
					List.of("损坏的原{subject}", "申请人居民身份证原件", "近期免冠证件照片（可在受理窗口现场免费拍摄）"),
					List.of("法定时限30日；承诺时限7个工作日", "法定时限30日；承诺时限10个工作日"), true,
					List.of(new Faq("{short}只是有点磨损，一定要换吗？", "能正常识读、信息清晰的可以继续使用；无法识读或信息模糊的，应当申请换领。"),
							new Faq("换领{short}原证要交回吗？", "要。换领时须交回原证，由窗口统一销毁。"))),
			person("change", "{subject}信息变更", List.of("{short}信息错了怎么改", "{short}改名字", "{short}上的地址要改吗", "{short}变更"),
					"{subject}登记的姓名、证件号码、住址等信息发生变化或登记有误的，持证人向{department}申请变更。",
					"{subject}的登记信息发生变化或有误，且变更后的信息已在相关部门登记确认。",
					List.of("原{subject}", "申请人居民身份证原件", "信息变更的证明材料（如户口变更证明、更名证明）"),
					List.of("法定时限20个工作日；承诺时限5个工作日", "即办件：材料齐全的当场办结"), false,
					List.of(new Faq("改了名字，{short}要跟着改吗？", "要。姓名变更后请及时申请变更，以免证件信息与身份证不一致影响使用。"),
							new Faq("{short}信息变更要钱吗？", "不收费；需要重新制证的，按规定收取证件工本费。"))),
			person("cancel", "{subject}注销", List.of("{short}不用了怎么注销", "注销{short}", "{short}作废", "人去世了{short}怎么办"),
					"持证人不再需要{subject}、不再符合持证条件或死亡的，由本人或其近亲属向{department}申请注销。",
					"持证人申请注销，或持证人已不符合持证条件、已经死亡。",
					List.of("原{subject}（遗失的提交情况说明）", "申请人或代办人居民身份证原件", "持证人死亡的，提交死亡证明和亲属关系证明"),
					List.of("即办件：材料齐全的当场办结", "法定时限20个工作日；承诺时限3个工作日"), false,
					List.of(new Faq("家人去世了，{short}需要去注销吗？", "需要。近亲属可携带死亡证明、亲属关系证明和本人身份证件代为办理注销。"),
							new Faq("注销{short}后还能恢复吗？", "不能恢复。符合条件的，可以重新申请领取。"))),
			person("report-loss", "{subject}挂失", List.of("{short}丢了先挂失", "挂失{short}", "{short}怎么挂失", "{short}被偷了怎么挂失"),
					"{subject}遗失或被盗的，持证人向{department}申请挂失，防止证件被冒用。",
					"持证人的{subject}遗失或被盗。挂失后原证件不能再使用，需要时另行申请补领。",
					List.of("申请人居民身份证原件（或户口簿）", "遗失情况说明"),
					List.of("即办件：材料齐全的当场办结"), false,
					List.of(new Faq("{short}挂失可以打电话办吗？", "可以先拨打咨询电话或通过“临江通”App办理临时挂失，再到窗口办理正式挂失。"),
							new Faq("挂失后找回了{short}还能用吗？", "已正式挂失的证件作废，找回后也不能再使用，请申请补领新证。"))),
			person("verify", "{subject}信息查询核验", List.of("查询{short}信息", "{short}真伪核验", "{short}信息查询", "开一个{short}的证明"),
					"持证人或经授权的单位向{department}查询{subject}的登记信息，或核验证件真伪、开具相关证明。",
					"查询本人信息的，持本人身份证件；查询他人信息的，须提交本人书面授权或有关机关出具的查询依据。",
					List.of("申请人居民身份证原件", "代他人查询的，提交授权委托书和被查询人身份证件复印件"),
					List.of("即办件：材料齐全的当场办结"), false,
					List.of(new Faq("可以在网上查{short}的信息吗？", "可以。通过“临江通”App实名登录后可查询本人的证件信息并下载电子证明。"),
							new Faq("帮别人查{short}信息要带什么？", "需带本人身份证件、被查询人身份证件复印件和书面授权委托书。"))),

			licence("apply", "{subject}核发", List.of("申请{short}", "办{short}需要什么材料", "{short}怎么办理", "新开店要办{short}吗"),
					"从事相关经营或执业活动的单位和个人，依法向{department}申请{subject}。",
					"申请人已依法取得营业执照或登记证书，具备与所申请事项相适应的场所、设施、人员和管理制度。",
					List.of("《{subject}申请书》", "营业执照或其他主体资格证明（可通过统一社会信用代码在线核验的免于提交）",
							"法定代表人（负责人）身份证件", "经营场所使用证明（产权证明或租赁合同）"),
					List.of("法定时限20个工作日；承诺时限10个工作日", "法定时限20个工作日；承诺时限5个工作日", "法定时限30个工作日；承诺时限15个工作日"),
					true,
					List.of(new Faq("{short}可以全程网上办吗？", "可以。登录临江市政务服务网在线提交申请，审核通过后可选择邮寄送达，电子证照同步生成。"),
							new Faq("还没拿到营业执照能先办{short}吗？", "不能。须先取得营业执照等主体资格证明，再申请{subject}。"))),
			licence("renew", "{subject}延续", List.of("{short}到期续期", "{short}延期", "{short}快到期了怎么办", "{short}续证"),
					"{subject}有效期届满需要继续从事相关活动的，持证单位应在有效期届满30日前向{department}申请延续。",
					"持证单位在有效期内未发生严重违法行为，申请延续时仍符合许可条件。",
					List.of("《{subject}延续申请书》", "原{subject}正副本", "法定代表人（负责人）身份证件"),
					List.of("法定时限20个工作日；承诺时限5个工作日", "法定时限20个工作日；承诺时限3个工作日"), false,
					List.of(new Faq("{short}已经过期了还能延续吗？", "有效期届满后不能办理延续，须按新申请重新提交材料。"),
							new Faq("{short}延续要现场核查吗？", "条件未发生变化的一般不再现场核查，以书面审查为主。"))),
			licence("change", "{subject}变更", List.of("{short}变更法人", "{short}改地址", "{short}信息变更", "{short}换负责人"),
					"{subject}载明的单位名称、法定代表人（负责人）、地址等事项发生变化的，持证单位向{department}申请变更。",
					"许可事项或登记事项发生变化，且已先行办理营业执照等主体资格的变更。",
					List.of("《{subject}变更申请书》", "原{subject}正副本", "变更事项的证明材料"),
					List.of("法定时限20个工作日；承诺时限3个工作日", "即办件：材料齐全的当场办结"), false,
					List.of(new Faq("换了法人，{short}必须变更吗？", "必须。法定代表人（负责人）变化后应在规定期限内申请变更，否则证照信息不一致。"),
							new Faq("搬了地方，{short}是变更还是重新申请？", "经营场所迁移的，一般须重新申请；同一场所门牌号变化的，申请变更即可。"))),
			licence("reissue", "{subject}补发", List.of("{short}丢了补办", "{short}遗失补发", "补办{short}", "{short}损坏了"),
					"{subject}遗失或损毁的，持证单位向{department}申请补发。",
					"持证单位的{subject}在有效期内遗失或损毁。",
					List.of("《{subject}补发申请书》", "遗失情况说明或损毁的原证", "法定代表人（负责人）身份证件"),
					List.of("法定时限10个工作日；承诺时限3个工作日", "即办件：材料齐全的当场办结"), false,
					List.of(new Faq("{short}丢了要登报吗？", "不需要。在线提交遗失情况说明即可，无需登报。"),
							new Faq("补发的{short}有效期会重新算吗？", "不会。补发的证件有效期与原证一致。"))),
			licence("cancel", "{subject}注销", List.of("注销{short}", "{short}不做了怎么注销", "{short}停业注销", "关店了{short}要注销吗"),
					"持证单位终止经营、有效期届满未延续或许可被依法撤销的，向{department}申请注销{subject}。",
					"持证单位主动申请注销，或出现依法应当注销的情形。",
					List.of("《{subject}注销申请书》", "原{subject}正副本（遗失的提交情况说明）"),
					List.of("即办件：材料齐全的当场办结", "法定时限10个工作日；承诺时限2个工作日"), false,
					List.of(new Faq("店关了不注销{short}会怎样？", "许可有效期届满后将被依法注销并公告；建议停业时主动申请注销。"),
							new Faq("注销{short}可以网上办吗？", "可以。通过临江市政务服务网在线申请，无需到现场。"))),

			benefit("apply", "{subject}申请", List.of("怎么申请{short}", "{short}申请条件", "办{short}要什么材料", "我能领{short}吗"),
					"符合条件的居民向{department}申请{subject}，审核通过后按规定享受待遇。",
					"申请人具有本市户籍或在本市居住并符合{subject}的认定条件，按规定须核对家庭经济状况的，如实申报收入和财产。",
					List.of("申请人居民身份证和户口簿", "申请人本人的社会保障卡或银行账户信息", "家庭经济状况核对授权书"),
					List.of("法定时限30个工作日；承诺时限20个工作日", "法定时限20个工作日；承诺时限15个工作日"), false,
					List.of(new Faq("{short}可以在网上申请吗？", "可以。通过“临江通”App提交申请，需要入户调查的，工作人员会与您预约时间。"),
							new Faq("{short}从什么时候开始发？", "审核通过的，从批准的次月起按月发放。"))),
			benefit("change", "{subject}信息变更", List.of("{short}银行卡要换", "{short}家里情况变了", "{short}变更", "{short}收款账户变更"),
					"享受{subject}的对象家庭成员、收入、住址或收款账户发生变化的，向{department}申请变更。",
					"待遇享受期间，家庭成员、收入、财产、住址或收款账户发生变化。应在变化之日起30日内主动申报。",
					List.of("申请人居民身份证", "变化情况的证明材料", "新的收款账户信息（变更账户的）"),
					List.of("法定时限20个工作日；承诺时限10个工作日", "即办件：材料齐全的当场办结"), false,
					List.of(new Faq("{short}换银行卡要去哪里办？", "可在“临江通”App在线变更收款账户，或到街道（乡镇）便民服务中心办理。"),
							new Faq("家里有人找到工作了，{short}要报吗？", "要。家庭收入变化须在30日内申报，未如实申报的将追回多领的款项。"))),
			benefit("stop", "{subject}停发", List.of("{short}不领了", "停发{short}", "{short}终止", "{short}怎么停掉"),
					"不再符合{subject}条件或本人申请停止享受的，由{department}办理停发。",
					"享受对象不再符合条件、本人申请停止，或享受对象死亡。",
					List.of("申请人或代办人居民身份证", "停发原因的证明材料（如死亡证明）"),
					List.of("即办件：材料齐全的当场办结", "法定时限10个工作日；承诺时限5个工作日"), false,
					List.of(new Faq("家人去世了{short}怎么处理？", "近亲属应及时到街道（乡镇）便民服务中心申请停发，多发的款项须退回。"),
							new Faq("停发{short}后还能再申请吗？", "可以。重新符合条件的，可以再次申请。"))),
			benefit("query", "{subject}发放查询", List.of("{short}发了没有", "{short}到账查询", "查{short}发放记录", "{short}什么时候到账"),
					"享受{subject}的对象查询待遇核定和发放记录。",
					"查询本人的待遇信息；代他人查询的，须提交授权委托书。",
					List.of("申请人居民身份证或社会保障卡"),
					List.of("即办件：当场查询"), false,
					List.of(new Faq("{short}每月几号发？", "一般在每月15日前发放至本人的社会保障卡或银行账户，遇节假日顺延。"),
							new Faq("手机上能查{short}吗？", "能。在“临江通”App实名登录后可查询近两年的发放记录。"))),
			benefit("certify", "{subject}资格认证", List.of("{short}年审", "{short}认证", "{short}生存认证", "{short}每年都要认证吗"),
					"享受{subject}的对象每年按规定进行资格认证，确认继续符合享受条件。",
					"正在享受{subject}的对象，每年认证一次；逾期未认证的暂停发放，认证后恢复并补发。",
					List.of("本人居民身份证或社会保障卡"),
					List.of("即办件：当场办结"), false,
					List.of(new Faq("{short}认证可以在手机上做吗？", "可以。在“临江通”App使用人脸识别完成认证，行动不便的可申请上门认证。"),
							new Faq("{short}忘记认证了怎么办？", "逾期未认证的暂停发放，完成认证后恢复发放并补发暂停期间的待遇。"))));

	MatterKind {
		aliases = List.copyOf(aliases);
		materials = List.copyOf(materials);
		process = List.copyOf(process);
		timeLimits = List.copyOf(timeLimits);
		faqs = List.copyOf(faqs);
	}

	private static MatterKind person(String code, String title, List<String> aliases, String summary, String conditions,
			List<String> materials, List<String> timeLimits, boolean charged, List<Faq> faqs) {
		return new MatterKind(Family.PERSON_CERTIFICATE, code, title, aliases, summary, conditions, materials,
				PERSON_STEPS, timeLimits, charged, faqs);
	}

	private static MatterKind licence(String code, String title, List<String> aliases, String summary, String conditions,
			List<String> materials, List<String> timeLimits, boolean charged, List<Faq> faqs) {
		return new MatterKind(Family.BUSINESS_LICENCE, code, title, aliases, summary, conditions, materials,
				LICENCE_STEPS, timeLimits, charged, faqs);
	}

	private static MatterKind benefit(String code, String title, List<String> aliases, String summary, String conditions,
			List<String> materials, List<String> timeLimits, boolean charged, List<Faq> faqs) {
		return new MatterKind(Family.BENEFIT, code, title, aliases, summary, conditions, materials, BENEFIT_STEPS,
				timeLimits, charged, faqs);
	}

	/**
	 * The matter of a family with a code.
	 *
	 * @param family the kind of subject
	 * @param code the matter's code, e.g. {@code reissue}
	 * @return the matter kind
	 * @throws NoSuchElementException if the family has no such matter
	 */
	static MatterKind of(Family family, String code) {
		return ALL.stream()
				.filter(kind -> kind.family == family && kind.code.equals(code))
				.findFirst()
				.orElseThrow(() -> new NoSuchElementException("no " + code + " matter for " + family));
	}

}
