package org.govassist.server.knowledge;

/**
 * What one import did to the knowledge base.
 *
 * @param created guides that were new
 * @param updated guides that got a new version or were published again after a withdrawal
 * @param unchanged guides left as they were: identical, or owned by editors
 * @param withdrawn guides of an earlier seed that this one no longer has
 */
record ImportResult(int created, int updated, int unchanged, int withdrawn) {
}
