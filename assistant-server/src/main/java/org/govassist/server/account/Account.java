package org.govassist.server.account;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A staff account, without its password.
 *
 * @param id its number
 * @param username the name it logs in with
 * @param displayName the name shown to citizens and colleagues
 * @param roles what it may do
 * @param skills the matters an agent handles, for routing; empty for none
 */
public record Account(long id, String username, String displayName, Set<Role> roles, List<String> skills) {

	public Account {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(displayName, "displayName");
		roles = Set.copyOf(roles);
		skills = List.copyOf(skills);
	}

}
