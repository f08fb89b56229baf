package org.govassist.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.govassist.server.AssistantApplication;
import org.govassist.server.system.PasswordPolicy.Weakness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The password rules, and the bootstrap password held to them at start-up.
 */
@ExtendWith(OutputCaptureExtension.class)
class PasswordPolicyTest {

	@TempDir
	Path dataDir;

	@Test
	void aStrongPasswordMixesThreeKindsInTenCharactersWithoutTheUsername() {
		assertThat(PasswordPolicy.weaknesses("Autumn-leaf-88", "agent-chen")).isEmpty();
		assertThat(PasswordPolicy.weaknesses("autumn-leaf-88", "agent-chen")).isEmpty();
		assertThat(PasswordPolicy.weaknesses("城市Autumn88", "agent-chen")).isEmpty();
	}

	@Test
	void eachBrokenRuleIsNamed() {
		assertThat(PasswordPolicy.weaknesses("Ab1-", null)).containsExactly(Weakness.TOO_SHORT);
		assertThat(PasswordPolicy.weaknesses("autumnleaves", null)).containsExactly(Weakness.TOO_FEW_KINDS);
		assertThat(PasswordPolicy.weaknesses("Autumnleaves", null)).containsExactly(Weakness.TOO_FEW_KINDS);
		assertThat(PasswordPolicy.weaknesses("My-AGENT-chen-1", "agent-chen")).containsExactly(Weakness.CONTAINS_USERNAME);
		assertThat(PasswordPolicy.weaknesses("Aa1-" + "长".repeat(23), null)).containsExactly(Weakness.TOO_LONG);
		assertThat(PasswordPolicy.weaknesses("admin", "admin")).containsExactly(Weakness.TOO_SHORT,
				Weakness.TOO_FEW_KINDS, Weakness.CONTAINS_USERNAME);
	}

	@Test
	void aWeakBootstrapPasswordIsRefusedWithTheRules() {
		assertThatThrownBy(() -> new BootstrapProperties("password123")).hasMessageContaining(
				"assistant.bootstrap.admin-password is too weak: it mixes fewer than 3 of");
		assertThatThrownBy(() -> new BootstrapProperties("Admin-password-1"))
			.hasMessageContaining("it contains the username");
		assertThat(new BootstrapProperties("Keep-it-safe-9").adminPassword()).isEqualTo("Keep-it-safe-9");
		assertThat(new BootstrapProperties("").adminPassword()).isNull();
	}

	@Test
	void aWeakBootstrapPasswordStopsStartUp(CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(AssistantApplication.class).run("--server.port=0",
				"--assistant.data-dir=" + dataDir, "--assistant.bootstrap.admin-password=changeme"))
			.hasStackTraceContaining("assistant.bootstrap.admin-password is too weak");

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("it has fewer than 10 characters");
	}

}
