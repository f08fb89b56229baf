package org.govassist.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import org.govassist.server.AssistantApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Settings as an operator gives them on the command line.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsStartUpTest {

	@TempDir
	Path dataDir;

	@Test
	void unusableSettingStopsStartUpNamingTheProperty(CapturedOutput output) {
		assertThatThrownBy(() -> start("--assistant.retrieval.answer-threshold=1.5"))
			.hasStackTraceContaining("assistant.retrieval.answer-threshold must be within 0..1, not 1.5");

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("assistant.retrieval.answer-threshold must be within 0..1, not 1.5");
	}

	@Test
	void unusableChatSettingsStopStartUpNamingTheProblem(CapturedOutput output) {
		assertThatThrownBy(() -> start("--assistant.chat.rate-limit.per-address=many"))
			.hasStackTraceContaining("a rate limit reads like 20/10s (messages/period) or off, not many");
		assertThatThrownBy(() -> start("--assistant.widget.allowed-origins=www.linjiang.example"))
			.hasStackTraceContaining("assistant.widget.allowed-origins must list origins");
		assertThatThrownBy(() -> start("--assistant.retention.days=0"))
			.hasStackTraceContaining("assistant.retention.days must be at least 1, not 0");

		assertThat(output).contains("APPLICATION FAILED TO START");
	}

	@Test
	void relativeDataDirIsResolvedAgainstTheWorkingDirectory() throws IOException {
		Path relative = Path.of("target", "data-" + UUID.randomUUID());
		try (var context = new SpringApplicationBuilder(AssistantApplication.class).run("--server.port=0",
				"--assistant.data-dir=" + relative)) {
			assertThat(context.getBean(AssistantProperties.class).dataDir()).isEqualTo(relative.toAbsolutePath());
			assertThat(relative.resolve("db")).isDirectory();
		}
		finally {
			FileSystemUtils.deleteRecursively(relative);
		}
	}

	@Test
	void nodeIdIsTheHostNameAndPortUnlessSet() {
		try (var context = start()) {
			assertThat(context.getBean(NodeIdentity.class).name()).endsWith(":0").hasSizeGreaterThan(2);
		}
		try (var context = start("--assistant.node-id=gov-web-7")) {
			assertThat(context.getBean(NodeIdentity.class).name()).isEqualTo("gov-web-7");
		}
	}

	private ConfigurableApplicationContext start(String... settings) {
		String[] arguments = new String[settings.length + 2];
		arguments[0] = "--server.port=0";
		arguments[1] = "--assistant.data-dir=" + dataDir;
		System.arraycopy(settings, 0, arguments, 2, settings.length);
		return new SpringApplicationBuilder(AssistantApplication.class).run(arguments);
	}

}
