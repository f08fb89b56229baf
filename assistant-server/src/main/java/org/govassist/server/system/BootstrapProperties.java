package org.govassist.server.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a new installation starts with, under {@code assistant.bootstrap.*}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param adminPassword {@code assistant.bootstrap.admin-password}: the password of the
 * {@code admin} account created when there is no account yet, at least
 * {@value #MIN_PASSWORD_LENGTH} characters; {@code null} for a random one, printed once to the log
 */
@ConfigurationProperties("assistant.bootstrap")
public record BootstrapProperties(String adminPassword) {

	/** The shortest password accepted. */
	public static final int MIN_PASSWORD_LENGTH = 8;

	public BootstrapProperties {
		if (adminPassword != null && adminPassword.isEmpty()) {
			adminPassword = null;
		}
		if (adminPassword != null && adminPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					"assistant.bootstrap.admin-password must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
	}

}
