package org.govassist.server.audit;

/** How an audited action ended. */
public enum AuditOutcome {

	/** It was done. */
	SUCCESS("success"),
	/** It was attempted and failed, e.g. a login with a wrong password. */
	FAILURE("failure"),
	/** It was refused before anything changed, e.g. an invalid guide or a stale save. */
	REFUSED("refused");

	private final String column;

	AuditOutcome(String column) {
		this.column = column;
	}

	/** The value stored in {@code audit_event.outcome}. */
	String column() {
		return column;
	}

}
