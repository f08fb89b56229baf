package org.govassist.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.govassist.kb.ConsultationEngine;
import org.govassist.server.ApiClient;
import org.govassist.server.ClusterNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes started at the same moment against one new database, as an operator starts a new
 * installation or a new release: every node comes up, the seed is imported once, and there is one
 * bootstrap administrator.
 */
class ClusterStartUpTest {

	private static final String ADMIN_PASSWORD = "Lantern-Harbor-2026";

	@TempDir
	Path files;

	@Test
	void nodesStartingTogetherImportTheSeedOnceAndCreateOneAdministrator() throws IOException {
		Path seed = seed(guide("pet-license", "养犬登记", "免费"), guide("fishing-permit", "垂钓许可", "10元"),
				guide("boat-license", "游船登记", "50元"));

		try (ClusterNodes cluster = ClusterNodes.startTogether(2, "assistant.retrieval.semantic.enabled=false",
				"assistant.retrieval.warm-up=false", "assistant.kb.seed=" + seed,
				"assistant.bootstrap.admin-password=" + ADMIN_PASSWORD)) {
			JdbcClient jdbc = cluster.node(0).getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT id FROM guide ORDER BY id").query(String.class).list())
				.containsExactly("boat-license", "fishing-permit", "pet-license");
			assertThat(versions(jdbc)).containsExactly("boat-license 1 seed", "fishing-permit 1 seed", "pet-license 1 seed");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single()).isEqualTo(1);
			for (int node = 0; node < 2; node++) {
				assertThat(cluster.node(node).getBean(ConsultationEngine.class).size()).isEqualTo(3);
				assertThat(new ApiClient(cluster.port(node)).login("admin", ADMIN_PASSWORD)).isNotBlank();
			}
		}
	}

	/**
	 * Holds the new seed's first guide in an open transaction while two nodes start with that
	 * seed, so that both imports are under way and waiting at the same time, then lets both go;
	 * likewise holds the {@code admin} account, gone meanwhile, until both nodes try to create it.
	 */
	@Test
	void nodesRestartingTogetherWithANewSeedApplyItOnce() throws Exception {
		Path first = seed(guide("pet-license", "养犬登记", "免费"), guide("fishing-permit", "垂钓许可", "10元"),
				guide("boat-license", "游船登记", "50元"));
		Path second = seed(guide("kite-permit", "风筝放飞许可", "免费"), guide("pet-license", "养犬登记", "免费"),
				guide("fishing-permit", "垂钓许可", "20元"));
		String[] common = { "assistant.retrieval.semantic.enabled=false", "assistant.retrieval.warm-up=false" };

		try (ClusterNodes cluster = ClusterNodes.startTogether(2, with(common, "assistant.kb.seed=" + first))) {
			cluster.stop(0);
			cluster.stop(1);
			List<Integer> restarted;
			try (Connection guides = DriverManager.getConnection(cluster.databaseUrl());
					Connection accounts = DriverManager.getConnection(cluster.databaseUrl())) {
				try (Statement statement = accounts.createStatement()) {
					statement.executeUpdate("DELETE FROM account");
				}
				guides.setAutoCommit(false);
				accounts.setAutoCommit(false);
				long guideHolder = hold(guides, """
						INSERT INTO guide (id, current_version, content, fingerprint, withdrawn, origin, updated)
						VALUES ('kite-permit', 1, '{}', 'held', FALSE, 'seed', CURRENT_TIMESTAMP)""");
				long accountHolder = hold(accounts, """
						INSERT INTO account (username, password_hash, display_name, roles, skills, enabled, created)
						VALUES ('admin', 'held', 'held', 'ADMIN', '', TRUE, CURRENT_TIMESTAMP)""");
				CompletableFuture<List<Integer>> starting = CompletableFuture
					.supplyAsync(() -> startTogether(cluster, with(common, "assistant.kb.seed=" + second)));
				awaitWaiters(guides, guideHolder, 2, starting);
				guides.rollback();
				awaitWaiters(accounts, accountHolder, 2, starting);
				accounts.rollback();
				restarted = starting.join();
			}

			JdbcClient jdbc = cluster.node(restarted.get(0)).getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT username FROM account").query(String.class).list()).containsExactly("admin");
			assertThat(versions(jdbc)).containsExactly("boat-license 1 seed", "fishing-permit 1 seed",
					"fishing-permit 2 seed", "kite-permit 1 seed", "pet-license 1 seed");
			assertThat(jdbc.sql("SELECT id FROM guide WHERE withdrawn ORDER BY id").query(String.class).list())
				.containsExactly("boat-license");
			for (int node : restarted) {
				ConsultationEngine engine = cluster.node(node).getBean(ConsultationEngine.class);
				assertThat(engine.guide("fishing-permit").orElseThrow().fee()).isEqualTo("20元");
				assertThat(engine.guide("kite-permit")).isPresent();
				assertThat(engine.guide("boat-license")).isEmpty();
			}
		}
	}

	@Test
	void nodeStartedWithANewSeedBringsTheRunningNodesAlong() throws Exception {
		Path first = seed(guide("pet-license", "养犬登记", "免费"), guide("fishing-permit", "垂钓许可", "10元"));
		Path second = seed(guide("pet-license", "养犬登记", "免费"), guide("fishing-permit", "垂钓许可", "20元"),
				guide("kite-permit", "风筝放飞许可", "免费"));
		String[] common = { "assistant.retrieval.semantic.enabled=false", "assistant.retrieval.warm-up=false" };

		try (ClusterNodes cluster = ClusterNodes.start(1, with(common, "assistant.kb.seed=" + first))) {
			ConsultationEngine running = cluster.node(0).getBean(ConsultationEngine.class);
			assertThat(running.guide("kite-permit")).isEmpty();

			cluster.startNode(with(common, "assistant.kb.seed=" + second));

			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (running.guide("kite-permit").isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(running.guide("kite-permit")).isPresent();
			assertThat(running.guide("fishing-permit").orElseThrow().fee()).isEqualTo("20元");
		}
	}

	/** Runs a statement without committing; returns the holding transaction's id. */
	private static long hold(Connection holder, String sql) throws SQLException {
		try (Statement statement = holder.createStatement()) {
			statement.executeUpdate(sql);
			try (ResultSet row = statement.executeQuery("SELECT txid_current()")) {
				row.next();
				return row.getLong(1);
			}
		}
	}

	/** Waits until as many other transactions wait for the holding one, or the start ended. */
	private static void awaitWaiters(Connection holder, long transaction, int waiters, CompletableFuture<?> starting)
			throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		try (Statement statement = holder.createStatement()) {
			while (!starting.isDone() && System.nanoTime() < deadline) {
				try (ResultSet row = statement.executeQuery("""
						SELECT COUNT(*) FROM pg_locks
						WHERE locktype = 'transactionid' AND NOT granted AND transactionid::text = '%d'"""
					.formatted(transaction))) {
					row.next();
					if (row.getInt(1) >= waiters) {
						return;
					}
				}
				Thread.sleep(50);
			}
		}
		throw new AssertionError("the nodes did not both get there: " + (starting.isDone()
				? "the start ended first" : "still waiting after 60 s"));
	}

	private static List<Integer> startTogether(ClusterNodes cluster, String... properties) {
		try {
			return cluster.startNodesTogether(2, properties);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String[] with(String[] properties, String more) {
		String[] all = Arrays.copyOf(properties, properties.length + 1);
		all[properties.length] = more;
		return all;
	}

	private static List<String> versions(JdbcClient jdbc) {
		return jdbc.sql("SELECT guide_id, version, author FROM guide_version ORDER BY guide_id, version")
			.query((row, n) -> row.getString("guide_id") + " " + row.getInt("version") + " " + row.getString("author"))
			.list();
	}

	private Path seed(String... guides) throws IOException {
		Path file = Files.createTempFile(files, "guides-", ".json");
		Files.writeString(file, "[" + String.join(",\n", guides) + "]");
		return file;
	}

	private static String guide(String id, String title, String fee) {
		return """
				{"id": "%s", "title": "%s", "department": "临江市政务服务中心", "summary": "%s的办事指南。", "fee": "%s"}"""
			.formatted(id, title, title, fee);
	}

}
