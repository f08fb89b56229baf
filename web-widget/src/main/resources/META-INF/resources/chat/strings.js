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
	fromAgent: (name) => (name ? `人工客服${name}说：` : '人工客服说：'),
	agentLabel: (name) => (name ? `人工客服 · ${name}` : '人工客服'),
	notice: '提示：',
	typing: '智能助手正在回复…',

	greeting: '您好！我是临江市政务服务智能助手。请直接说出您想办的事，例如“身份证到期了怎么换”，我会告诉您需要的材料、办理时限、费用和办理地点。',
	commonMattersHeading: '大家常问',
	popularMattersHeading: '大家最常问的事项',
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

	tools: '更多操作',
	handoff: '转人工',
	handoffHint: '请人工客服为您解答',
	handoffInFallback: '转人工客服',
	handoffRequested: '正在为您转接人工客服…',
	handoffQueued: '排队中',
	handoffServing: '人工服务中',
	queuePosition: (position) => (position <= 1 ? '您是下一位，请稍候。' : `您前面还有 ${position - 1} 位，请稍候。`),
	queueWait: (seconds) => (seconds < 60 ? '预计等待不到 1 分钟。' : `预计等待约 ${Math.ceil(seconds / 60)} 分钟。`),
	agentJoined: (name) => (name ? `人工客服${name}已接入，为您服务。` : '人工客服已接入，为您服务。'),
	conversationClosed: Object.freeze({
		citizen: '您已结束本次咨询。',
		agent: '人工客服已结束本次咨询。',
		timeout: '由于长时间没有新消息，本次咨询已结束。',
	}),
	conversationClosedOther: '本次咨询已结束。',

	endConversation: '结束会话',
	newConversation: '已为您开始新的咨询。',
	levels: Object.freeze({ 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' }),
	quickRatingQuestion: '这个回答对您有帮助吗？',
	ratingRequestedQuestion: '请您为上面的回复评价：',
	quickRatingLevel: (level, name) => `${level} 星，${name}`,
	rated: (name) => `您的评价：${name}，谢谢！`,
	ratingTitle: '请您对本次服务进行评价',
	ratingLevels: '满意程度',
	ratingTagsLow: '哪些方面让您不满意？（可多选）',
	ratingTagsHigh: '哪些方面让您满意？（可多选）',
	tagsLow: Object.freeze(['答非所问', '信息过时', '等待太久', '态度不好', '问题未解决']),
	tagsHigh: Object.freeze(['解答准确', '回复及时', '说明清楚']),
	ratingComment: '其他意见或建议（选填）',
	ratingSubmit: '提交评价',
	ratingSending: '正在提交…',
	ratingThanks: '感谢您的评价！您的意见会帮助我们改进服务。',
	ratingChooseLevel: '请先选择满意程度。',

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
