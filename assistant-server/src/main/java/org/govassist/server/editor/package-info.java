/**
 * The editors' knowledge-base management under {@code /api/kb}: reading, saving and publishing
 * guides as new versions, comparing, withdrawing and restoring them, importing and exporting them
 * as the guide file or as CSV, the lexicon editors add to, trying a question, and the gap inbox of
 * questions the bot could not answer. Every change goes into the audit log and reaches the engine
 * through {@link org.govassist.server.editor.GuideChanges} or
 * {@link org.govassist.server.editor.LexiconChanges}; on a node of a cluster, every other node's
 * engine follows through signals and a periodic catch-up from the database.
 */
package org.govassist.server.editor;
