package org.govassist.server.audit;

import java.time.OffsetDateTime;

/**
 * One entry of the audit log as stored.
 *
 * @param id its number: later entries have greater ones
 * @param occurred when it happened
 * @param actor who acted
 * @param action what was done
 * @param target what it was done to, or {@code null}
 * @param clientAddress from which network address, or {@code null}
 * @param outcome {@code success}, {@code failure} or {@code refused}
 * @param detail more about it, or {@code null}
 */
record AuditEntry(long id, OffsetDateTime occurred, String actor, String action, String target, String clientAddress,
		String outcome, String detail) {
}
