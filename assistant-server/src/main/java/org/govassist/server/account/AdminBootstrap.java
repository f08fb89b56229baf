package org.govassist.server.account;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.govassist.server.system.BootstrapProperties;
import org.govassist.server.system.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Gives a new installation its first account: when there is no account at all, creates
 * {@code admin} (role ADMIN) with {@code assistant.bootstrap.admin-password}, or with a random
 * password printed once to the log. Once any account exists, does nothing. Of several nodes
 * starting at the same moment, one creates it; the others find the name taken and do nothing.
 */
@Component
final class AdminBootstrap implements ApplicationRunner {

	static final String USERNAME = BootstrapProperties.ADMIN_USERNAME;

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	/** Letters and digits that cannot be mistaken for one another when copied from a log. */
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final int RANDOM_PASSWORD_LENGTH = 20;

	private final AccountStore store;

	private final PasswordEncoder passwordEncoder;

	private final BootstrapProperties properties;

	AdminBootstrap(AccountStore store, PasswordEncoder passwordEncoder, BootstrapProperties properties) {
		this.store = store;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!store.isEmpty()) {
			return;
		}
		boolean random = properties.adminPassword() == null;
		String password = random ? randomPassword() : properties.adminPassword();
		try {
			store.create(USERNAME, passwordEncoder.encode(password), "管理员", Set.of(Role.ADMIN), List.of(),
					OffsetDateTime.now(ZoneOffset.UTC));
		}
		catch (DuplicateKeyException ex) {
			// Another node starting at the same time created it first.
			return;
		}
		if (random) {
			log.warn("Created the account '{}' with the password {} — it is shown only this once", USERNAME, password);
		}
		else {
			log.info("Created the account '{}' with the password of assistant.bootstrap.admin-password", USERNAME);
		}
	}

	/** A random password that meets the password policy, like every other password. */
	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		while (true) {
			StringBuilder password = new StringBuilder(RANDOM_PASSWORD_LENGTH);
			for (int i = 0; i < RANDOM_PASSWORD_LENGTH; i++) {
				password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			if (PasswordPolicy.weaknesses(password.toString(), USERNAME).isEmpty()) {
				return password.toString();
			}
		}
	}

}
