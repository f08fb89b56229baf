package org.govassist.server.chat;

/**
 * What the bot says of its own, outside the knowledge base's answers, and the explanations of
 * errors that depend on a conversation's state: every such Chinese text of the citizen chat in
 * one place.
 */
final class BotTexts {

	/** After a second fallback in a row: a human is offered. */
	static final String FALLBACK_OFFERING_HANDOFF = "抱歉，这个问题我还是没能找到答案。您可以换个说法再问，也可以点击“转人工”，请工作人员帮您。";

	/** A human was asked for and none is available: the citizen may leave a message. */
	static final String NO_AGENT_LEAVE_MESSAGE = "目前没有工作人员在线，暂时无法转人工。您可以直接在下方输入留言（500 字以内），"
			+ "工作人员上班后会处理，答复将显示在本对话中。请不要在留言中填写身份证号、银行卡号等个人信息。";

	/** Confirms a message left for staff. */
	static final String MESSAGE_LEFT = "您的留言已记录，工作人员会尽快处理，答复将显示在本对话中。您也可以继续向我提问。";

	/** Answers thanks or a goodbye. */
	static final String GOODBYE = "不客气，祝您办事顺利！还有其他问题，随时可以问我。";

	/** A message that needs an open conversation came after it was closed. */
	static final String CONVERSATION_CLOSED = "本次会话已结束，请开始新的会话。";

	/** A matter was picked while an agent holds the conversation. */
	static final String WITH_AGENT = "工作人员正在为您服务，请直接向工作人员提问。";

	/** A rating names a seq that is not an answer of the conversation. */
	static final String NO_SUCH_ANSWER = "没有找到要评价的回答。";

	/** A choice names a guide that is not published. */
	static final String NO_SUCH_GUIDE = "没有找到这个事项，它可能已下线。";

	private BotTexts() {
	}

}
