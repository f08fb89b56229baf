package org.govassist.server.system;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a new installation starts with, under {@code assistant.bootstrap.*}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param adminPassword {@code assistant.bootstrap.admin-password}: the password of the
 * {@code admin} account created when there is no account yet, as strong as {@link PasswordPolicy}
 * requires; {@code null} for a random one, printed once to the log
 */
@ConfigurationProperties("assistant.bootstrap")
public record BootstrapProperties(String adminPassword) {

	/** The username of the account the password is for. */
	public static final String ADMIN_USERNAME = "admin";

	public BootstrapProperties {
		if (adminPassword != null && adminPassword.isEmpty()) {
			adminPassword = null;
		}
		if (adminPassword != null) {
			List<PasswordPolicy.Weakness> weaknesses = PasswordPolicy.weaknesses(adminPassword, ADMIN_USERNAME);
			if (!weaknesses.isEmpty()) {
				throw new IllegalArgumentException("assistant.bootstrap.admin-password is too weak: it "
						+ weaknesses.stream().map(PasswordPolicy.Weakness::english).collect(Collectors.joining("; it "))
						+ ". Use at least " + PasswordPolicy.MIN_LENGTH + " characters mixing at least "
						+ PasswordPolicy.MIN_KINDS + " of lower-case, upper-case, digits and other characters,"
						+ " without the word 'admin'.");
			}
		}
	}

}
