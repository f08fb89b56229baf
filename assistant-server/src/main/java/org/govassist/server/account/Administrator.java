package org.govassist.server.account;

import org.govassist.server.audit.AuditEvent;
import org.govassist.server.audit.AuditOutcome;

/**
 * The administrator making a change, for the rules about one's own account and for the audit log.
 *
 * @param username the administrator's username
 * @param clientAddress the client's network address
 */
record Administrator(String username, String clientAddress) {

	AuditEvent audit(String action, String target, AuditOutcome outcome, String detail) {
		return new AuditEvent(username, action, target, clientAddress, outcome, detail);
	}

}
