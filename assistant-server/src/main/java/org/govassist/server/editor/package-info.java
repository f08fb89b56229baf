/**
 * The editors' knowledge-base management under {@code /api/kb}: reading, saving and publishing
 * guides as new versions, withdrawing and restoring them, importing and exporting the guide file,
 * and the gap inbox of questions the bot could not answer. Every change goes into the audit log
 * and reaches the engine through {@link org.govassist.server.editor.GuideChanges}.
 */
package org.govassist.server.editor;
