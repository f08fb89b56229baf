package org.govassist.server.editor;

import org.govassist.server.OnPostgresql;

/**
 * {@link EditorToolsTest} on PostgreSQL: every test of the editors' tools (diff, CSV, lexicon, try) again, with the migrations and queries running on
 * PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlEditorToolsTest extends EditorToolsTest {

}
