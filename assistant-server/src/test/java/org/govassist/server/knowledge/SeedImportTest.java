package org.govassist.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.demo.DemoKnowledgeBase;
import org.govassist.server.AssistantApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed import at start-up, seen as an operator sees it: start the server with a seed file,
 * stop it, start it again with the same or another file, and look at the database and the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SeedImportTest {

	@TempDir
	Path dataDir;

	@TempDir
	Path files;

	/** Arguments that choose the database; none for the embedded default. */
	protected List<String> databaseArguments() {
		return List.of();
	}

	@Test
	void seedReplacesTheDemoKnowledgeBase(CapturedOutput output) throws IOException {
		int demoGuides = DemoKnowledgeBase.guides().size();
		try (var context = start(null)) {
			assertThat(output).contains("Knowledge base: %d guides (created %d, updated 0, unchanged 0, withdrawn 0)"
				.formatted(demoGuides, demoGuides) + " from the built-in demo knowledge base");
		}
		Path seed = seed(guide("pet-license", "养犬登记", "免费"), guide("id-card-loss-reissue", "居民身份证挂失补领", "40元"));

		try (var context = start(seed)) {
			assertThat(output).contains("Knowledge base: 2 guides (created 1, updated 1, unchanged 0, withdrawn %d) from "
				.formatted(demoGuides - 1) + seed.toAbsolutePath());
			ConsultationEngine engine = context.getBean(ConsultationEngine.class);
			assertThat(engine.guide("pet-license")).isPresent();
			assertThat(engine.guide("passport-first-application")).isEmpty();
			assertThat(row(context, "passport-first-application")).containsEntry("withdrawn", true);
		}
	}

	@Test
	void sameSeedTwiceChangesNothing(CapturedOutput output) throws IOException {
		Path seed = seed(guide("pet-license", "养犬登记", "免费"), guide("fishing-permit", "垂钓许可", "10元"));
		Map<String, Object> firstRow;
		try (var context = start(seed)) {
			assertThat(output).contains("Knowledge base: 2 guides (created 2, updated 0, unchanged 0, withdrawn 0)");
			firstRow = row(context, "pet-license");
		}

		try (var context = start(seed)) {
			assertThat(output).contains("Knowledge base: 2 guides (created 0, updated 0, unchanged 2, withdrawn 0)");
			assertThat(row(context, "pet-license")).isEqualTo(firstRow);
			assertThat(versions(context, "pet-license")).containsExactly("1 seed");
		}
	}

	@Test
	void changedGuideGetsANewVersion(CapturedOutput output) throws IOException {
		try (var context = start(seed(guide("pet-license", "养犬登记", "免费"), guide("fishing-permit", "垂钓许可", "10元")))) {
			assertThat(context.getBean(ConsultationEngine.class).guide("fishing-permit").orElseThrow().fee())
				.isEqualTo("10元");
		}

		try (var context = start(seed(guide("pet-license", "养犬登记", "免费"), guide("fishing-permit", "垂钓许可", "20元")))) {
			assertThat(output).contains("Knowledge base: 2 guides (created 0, updated 1, unchanged 1, withdrawn 0)");
			assertThat(versions(context, "fishing-permit")).containsExactly("1 seed", "2 seed");
			assertThat(row(context, "fishing-permit")).containsEntry("current_version", 2);
			assertThat(context.getBean(ConsultationEngine.class).guide("fishing-permit").orElseThrow().fee())
				.isEqualTo("20元");
		}
	}

	@Test
	void guideNoLongerInTheSeedIsWithdrawnAndComesBackWithIt(CapturedOutput output) throws IOException {
		String pets = guide("pet-license", "养犬登记", "免费");
		String fishing = guide("fishing-permit", "垂钓许可", "10元");
		start(seed(pets, fishing)).close();

		try (var context = start(seed(pets))) {
			assertThat(output).contains("Knowledge base: 1 guides (created 0, updated 0, unchanged 1, withdrawn 1)");
			assertThat(row(context, "fishing-permit")).containsEntry("withdrawn", true);
			assertThat(versions(context, "fishing-permit")).containsExactly("1 seed");
			assertThat(context.getBean(ConsultationEngine.class).guide("fishing-permit")).isEmpty();
		}

		try (var context = start(seed(pets, fishing))) {
			assertThat(output).contains("Knowledge base: 2 guides (created 0, updated 1, unchanged 1, withdrawn 0)");
			assertThat(row(context, "fishing-permit")).containsEntry("withdrawn", false);
			assertThat(context.getBean(ConsultationEngine.class).guide("fishing-permit")).isPresent();
		}
	}

	@Test
	void guideChangedByAnEditorIsLeftAloneByTheSeed(CapturedOutput output) throws IOException {
		try (var context = start(seed(guide("pet-license", "养犬登记", "免费"), guide("fishing-permit", "垂钓许可", "10元")))) {
			context.getBean(JdbcClient.class)
				.sql("UPDATE guide SET origin = 'editor' WHERE id IN ('pet-license', 'fishing-permit')")
				.update();
		}

		try (var context = start(seed(guide("fishing-permit", "垂钓许可", "20元")))) {
			assertThat(output).contains("Knowledge base: 2 guides (created 0, updated 0, unchanged 1, withdrawn 0)");
			assertThat(versions(context, "fishing-permit")).containsExactly("1 seed");
			assertThat(row(context, "pet-license")).containsEntry("withdrawn", false);
		}
	}

	@Test
	void seedWithProblemsStopsStartUpListingEveryProblem(CapturedOutput output) throws IOException {
		Path seed = seed(guide("pet-license", "养犬登记", "免费"),
				"""
				{"id": "fishing-permit", "title": "垂钓许可", "department": "临江市农业农村局", "price": "10元"}""");

		assertThatThrownBy(() -> start(seed)).hasStackTraceContaining(SeedRejectedException.class.getName());

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The knowledge-base seed (assistant.kb.seed) cannot be imported: 2 problems in guide file " + seed)
			.containsPattern("\\[1] id=fishing-permit field=summary: .*missing")
			.containsPattern("\\[1] id=fishing-permit field=price: unknown key")
			.contains("leave assistant.kb.seed unset")
			.doesNotContain("\tat ");
	}

	@Test
	void missingSeedFileStopsStartUpNamingTheFile(CapturedOutput output) {
		Path seed = files.resolve("no-such-file.json");

		assertThatThrownBy(() -> start(seed)).hasStackTraceContaining(SeedRejectedException.class.getName());

		assertThat(output).contains("APPLICATION FAILED TO START").contains(seed.toString()).doesNotContain("\tat ");
	}

	private ConfigurableApplicationContext start(Path seed) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--assistant.data-dir=" + dataDir));
		if (seed != null) {
			arguments.add("--assistant.kb.seed=" + seed);
		}
		arguments.addAll(databaseArguments());
		return new SpringApplicationBuilder(AssistantApplication.class).run(arguments.toArray(String[]::new));
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

	private static Map<String, Object> row(ConfigurableApplicationContext context, String id) {
		return context.getBean(JdbcClient.class)
			.sql("SELECT current_version, fingerprint, withdrawn, origin, updated FROM guide WHERE id = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	private static List<String> versions(ConfigurableApplicationContext context, String id) {
		return context.getBean(JdbcClient.class)
			.sql("SELECT version, author FROM guide_version WHERE guide_id = :id ORDER BY version")
			.param("id", id)
			.query((row, n) -> row.getInt("version") + " " + row.getString("author"))
			.list();
	}

}
