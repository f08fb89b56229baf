/**
 * The append-only audit log: who did what, when, from which client address, and how it ended,
 * for every login and every change of the knowledge base.
 */
package org.govassist.server.audit;
