package org.govassist.server.account;

/** What a staff account may do. */
public enum Role {

	/** Manages accounts and reads every report. */
	ADMIN,
	/** Keeps the knowledge base and follows up ratings. */
	EDITOR,
	/** Takes citizens' conversations (在线帮办). */
	AGENT;

	/** The Spring Security authority of the role, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
