package org.govassist.server.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.govassist.server.api.FieldProblem;
import org.govassist.server.system.PasswordPolicy;

/**
 * What an account's fields may hold, checked before anything is stored. Each check adds the
 * problems it finds to a list, so that one answer names every field at fault.
 *
 * <ul>
 * <li>username: 3 to 32 of {@code a-z}, {@code 0-9}, {@code .}, {@code _} and {@code -},
 * starting with a letter or digit; it never changes</li>
 * <li>password: see {@link PasswordPolicy}</li>
 * <li>displayName: 1 to {@value #MAX_DISPLAY_NAME} characters, no control characters</li>
 * <li>roles: at least one of ADMIN, EDITOR and AGENT</li>
 * <li>skills: at most {@value #MAX_SKILLS}, each 1 to {@value #MAX_SKILL} characters without
 * commas or control characters; repeats are dropped</li>
 * </ul>
 */
final class AccountRules {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

	static final int MAX_DISPLAY_NAME = 50;

	static final int MAX_SKILLS = 15;

	static final int MAX_SKILL = 30;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private AccountRules() {
	}

	static void checkUsername(String username, List<FieldProblem> problems) {
		if (username == null || username.isEmpty()) {
			problems.add(new FieldProblem("username", "必填"));
		}
		else if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "应为 3 到 32 个小写字母、数字、点、下划线或连字符，以字母或数字开头"));
		}
	}

	static void checkPassword(String password, String username, List<FieldProblem> problems) {
		if (password == null || password.isEmpty()) {
			problems.add(new FieldProblem("password", "必填"));
			return;
		}
		for (PasswordPolicy.Weakness weakness : PasswordPolicy.weaknesses(password, username)) {
			problems.add(new FieldProblem("password", weakness.chinese()));
		}
	}

	/** The display name trimmed, or {@code null} after adding a problem. */
	static String displayName(String displayName, List<FieldProblem> problems) {
		String trimmed = displayName == null ? "" : displayName.strip();
		if (trimmed.isEmpty()) {
			problems.add(new FieldProblem("displayName", "必填"));
			return null;
		}
		if (trimmed.codePointCount(0, trimmed.length()) > MAX_DISPLAY_NAME || CONTROL.matcher(trimmed).find()) {
			problems.add(new FieldProblem("displayName", "最多 " + MAX_DISPLAY_NAME + " 个字符，不能含控制字符"));
			return null;
		}
		return trimmed;
	}

	/** The roles named, or {@code null} after adding a problem. */
	static Set<Role> roles(List<String> names, List<FieldProblem> problems) {
		if (names == null || names.isEmpty()) {
			problems.add(new FieldProblem("roles", "至少选择一个角色：ADMIN、EDITOR、AGENT"));
			return null;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			Role role = role(name);
			if (role == null) {
				problems.add(new FieldProblem("roles", "没有这个角色：" + name + "（应为 ADMIN、EDITOR、AGENT）"));
				return null;
			}
			roles.add(role);
		}
		return roles;
	}

	/** The skills trimmed without repeats, or {@code null} after adding a problem. */
	static List<String> skills(List<String> skills, List<FieldProblem> problems) {
		if (skills == null) {
			return List.of();
		}
		Set<String> kept = new LinkedHashSet<>();
		for (String skill : skills) {
			String trimmed = skill == null ? "" : skill.strip();
			if (trimmed.isEmpty() || trimmed.length() > MAX_SKILL || trimmed.contains(",")
					|| CONTROL.matcher(trimmed).find()) {
				problems.add(new FieldProblem("skills", "每项技能 1 到 " + MAX_SKILL + " 个字符，不能含逗号或控制字符"));
				return null;
			}
			kept.add(trimmed);
		}
		if (kept.size() > MAX_SKILLS) {
			problems.add(new FieldProblem("skills", "最多 " + MAX_SKILLS + " 项技能"));
			return null;
		}
		return new ArrayList<>(kept);
	}

	private static Role role(String name) {
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return null;
	}

}
