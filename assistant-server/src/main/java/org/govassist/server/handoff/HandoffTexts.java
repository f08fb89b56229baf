package org.govassist.server.handoff;

/**
 * What citizens and agents are told by the handoff, every Chinese text of it in one place.
 */
final class HandoffTexts {

	/** To the citizen: the agent passed the conversation on to colleagues with another skill. */
	static final String TRANSFERRED = "工作人员已将您的问题转交给更合适的同事，请稍候。";

	/** To the citizen: their agent dropped out or signed out; someone else will take over. */
	static final String AGENT_LOST = "接待您的工作人员暂时离开了，正在为您转接其他工作人员，请稍候。";

	static final String NOT_FOUND = "没有找到这个会话。";

	static final String NOT_YOURS = "这个会话不由您接待。";

	static final String TAKEN = "这个会话已被其他工作人员接走，或已结束。";

	static final String FULL = "您接待的会话已达上限，请先结束一些会话。";

	static final String NO_SUCH_AGENT = "这位工作人员不在线。";

	static final String AGENT_BUSY = "这位工作人员现在不能接待（已离开或已达上限）。";

	static final String NOT_TO_YOURSELF = "不能转接给自己。";

	static final String UNAVAILABLE = "服务暂时不可用，请稍后再试。";

	static final String RATE_LIMITED = "操作太频繁，请稍后再试。";

	private HandoffTexts() {
	}

}
