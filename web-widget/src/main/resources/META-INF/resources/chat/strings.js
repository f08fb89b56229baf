/**
 * Every Chinese word the chat app shows or reads out, kept in one place so that the wording can
 * be reviewed and changed without touching the code.
 *
 * Elements of index.html name their text by key: `data-text` (content), `data-label`
 * (aria-label) and `data-placeholder`.
 */
export const strings = Object.freeze({
	pageTitle: '临江市政务服务 智能咨询',
	titleOrganisation: '临江市政务服务',
	titleService: '智能咨询',
	elderMode: '长辈版',
	elderModeHint: '大字体、高对比度',
	close: '关闭咨询窗口',

	logLabel: '对话记录',
	fromBot: '智能助手说：',
	fromCitizen: '我说：',
	notice: '提示：',
	typing: '智能助手正在回复…',

	greeting: '您好！我是临江市政务服务智能助手。请直接说出您想办的事，例如“身份证到期了怎么换”，我会告诉您需要的材料、办理时限、费用和办理地点。',
	commonMattersHeading: '大家常问',
	commonMatters: Object.freeze([
		'身份证到期了怎么换',
		'社保卡丢了怎么补办',
		'离职后公积金能取出来吗',
		'新生儿怎么上户口',
		'驾驶证到期换证要带什么',
		'开公司营业执照多久能办好',
	]),

	inputLabel: '输入您要咨询的问题',
	inputPlaceholder: '请输入您想办理的事项或问题',
	inputHint: '按 Enter 发送，Shift + Enter 换行，最多 500 字。',
	send: '发送',
	counter: (used, max) => `${used}/${max}`,

	sending: '发送中…',
	sent: '已发送',
	notSent: '未发送',

	department: (name) => `办理部门：${name}`,
	otherSections: '其他办事信息',
	source: '查看办事指南原文',
	opensInNewWindow: '（在新窗口打开）',
	updatedAt: (date) => `更新日期：${date}`,
	related: '您可能还想了解',
	clarifyOptions: '请选择您要办理的事项',

	connecting: '正在连接…',
	reconnecting: '网络连接中断，正在重新连接…',
	disconnected: '已断开，请检查网络连接。',
	reconnectNow: '立即重试',
	conversationRenewed: '之前的对话已结束，已为您开始新的对话。',

	errors: Object.freeze({
		too_long: '您输入的内容超过 500 字，请精简后再发送。',
		rate_limited: '您发送得太快了，请稍等片刻再试。',
		bad_request: '这条消息没能被识别，请换个说法再试。',
		not_found: '没有找到这个事项，请换个说法再问一次。',
		conflict: '当前操作与对话状态冲突，请稍后再试。',
		unavailable: '服务暂时不可用，请稍后再试。',
	}),
	genericError: '抱歉，服务出了点问题，请稍后再试。',
});
