package org.govassist.server.editor;

import java.util.Objects;

import org.govassist.server.audit.AuditEvent;
import org.govassist.server.audit.AuditOutcome;

/**
 * Who makes a change: the account's username, the author of the versions it saves, and the
 * client's address, for the audit log.
 *
 * @param username the account's username
 * @param clientAddress the request's remote address
 */
record Editor(String username, String clientAddress) {

	Editor {
		Objects.requireNonNull(username, "username");
	}

	/** An audit entry of something this editor did. */
	AuditEvent audit(String action, String target, AuditOutcome outcome, String detail) {
		return new AuditEvent(username, action, target, clientAddress, outcome, detail);
	}

}
