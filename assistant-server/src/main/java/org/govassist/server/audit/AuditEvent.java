package org.govassist.server.audit;

import java.util.Objects;

/**
 * One entry of the audit log, before it gets its time.
 *
 * @param actor who acted: the account's username, or the name tried at a login
 * @param action what was done, e.g. {@code login} or {@code guide.save}
 * @param target what it was done to, e.g. a guide's id; {@code null} when nothing in particular
 * @param clientAddress the client's network address, or {@code null} when there is no request
 * @param outcome how it ended
 * @param detail more about it, e.g. the version saved or why it was refused; {@code null} for
 * nothing more
 */
public record AuditEvent(String actor, String action, String target, String clientAddress, AuditOutcome outcome,
		String detail) {

	/** The longest detail kept; a longer one is cut. */
	static final int MAX_DETAIL = 1000;

	/** The longest actor kept; a longer one (a name tried at login) is cut. */
	static final int MAX_ACTOR = 64;

	/** The longest target kept. */
	static final int MAX_TARGET = 200;

	public AuditEvent {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
		actor = cut(actor.replaceAll("\\p{Cntrl}", "?"), MAX_ACTOR);
		target = target == null ? null : cut(target, MAX_TARGET);
		detail = detail == null ? null : cut(detail, MAX_DETAIL);
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
