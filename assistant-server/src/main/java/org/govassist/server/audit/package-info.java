/**
 * The append-only audit log: who did what, when, from which client address, and how it ended,
 * for every login, lockout, refused request, account change, rating follow-up and change of the
 * knowledge base, and the administrators' view of it.
 */
package org.govassist.server.audit;
