package org.govassist.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govassist.server.ApiClient;
import org.govassist.server.AssistantApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A new installation without {@code assistant.bootstrap.admin-password}.
 */
@ExtendWith(OutputCaptureExtension.class)
class RandomAdminPasswordTest {

	private static final Pattern CREATED = Pattern.compile("Created the account 'admin' with the password (\\S+)");

	@TempDir
	Path dataDir;

	@Test
	void adminGetsARandomPasswordPrintedOnceToTheLog(CapturedOutput output) {
		String password;
		try (ConfigurableApplicationContext context = start()) {
			Matcher created = CREATED.matcher(output.getOut());
			assertThat(created.find()).as("the log names the password").isTrue();
			password = created.group(1);
			assertThat(password).hasSize(20);
			assertThat(new ApiClient(port(context)).login("admin", password)).isNotBlank();
		}

		try (ConfigurableApplicationContext context = start()) {
			assertThat(CREATED.matcher(output.getOut()).results().count()).isEqualTo(1);
			assertThat(new ApiClient(port(context)).login("admin", password)).isNotBlank();
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(AssistantApplication.class).run("--server.port=0",
				"--assistant.data-dir=" + dataDir);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
