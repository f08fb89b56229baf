package org.govassist.server.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.govassist.server.api.FieldProblem;
import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * What administrators do with accounts: create them, change their name, roles and skills,
 * disable and enable them, and reset their passwords. Each change is checked against
 * {@link AccountRules}, stored with its audit entry in one transaction, and refused changes are
 * audited too. Disabling an account, resetting its password or changing its roles ends all its
 * tokens at once and publishes {@link StaffSessionEnded} after the commit. An administrator cannot
 * disable their own account or take away their own role ADMIN, so that an installation always
 * keeps an administrator who can log in.
 *
 * <p>Thread-safe.
 */
@Service
final class AccountAdministration {

	static final String CREATE = "account.create";

	static final String UPDATE = "account.update";

	static final String DISABLE = "account.disable";

	static final String ENABLE = "account.enable";

	static final String PASSWORD_RESET = "account.password_reset";

	private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

	private final AccountStore store;

	private final LoginLockouts lockouts;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	AccountAdministration(AccountStore store, LoginLockouts lockouts, PasswordEncoder passwordEncoder,
			TransactionTemplate transaction, AuditLog audit, ApplicationEventPublisher events) {
		this.store = store;
		this.lockouts = lockouts;
		this.passwordEncoder = passwordEncoder;
		this.transaction = transaction;
		this.audit = audit;
		this.events = events;
	}

	/** Every account, by username. */
	List<UserView> list() {
		Map<String, OffsetDateTime> locked = lockouts.locked(now());
		return store.list().stream().map(managed -> UserView.of(managed, locked.get(managed.account().username()))).toList();
	}

	/**
	 * One account.
	 *
	 * @throws ErrorResponseException 404 when there is none with the username
	 */
	UserView get(String username) {
		return view(store.find(username).orElseThrow(() -> notFound(username)));
	}

	/**
	 * Creates an account.
	 *
	 * @throws InvalidRequestException when a field breaks the rules
	 * @throws ErrorResponseException 409 when the username is taken
	 */
	UserView create(NewAccount request, Administrator admin) {
		return audited(admin, CREATE, request.username(), () -> {
			List<FieldProblem> problems = new ArrayList<>();
			AccountRules.checkUsername(request.username(), problems);
			AccountRules.checkPassword(request.password(), request.username(), problems);
			String displayName = AccountRules.displayName(request.displayName(), problems);
			Set<Role> roles = AccountRules.roles(request.roles(), problems);
			List<String> skills = AccountRules.skills(request.skills(), problems);
			if (!problems.isEmpty()) {
				throw new InvalidRequestException(problems);
			}
			String hash = passwordEncoder.encode(request.password());
			try {
				transaction.executeWithoutResult(status -> {
					store.create(request.username(), hash, displayName, roles, skills, now());
					audit.record(admin.audit(CREATE, request.username(), AuditOutcome.SUCCESS,
							"roles=" + String.join(",", roles.stream().map(Role::name).sorted().toList())
									+ "; skills=" + String.join(",", skills)));
				});
			}
			catch (DuplicateKeyException ex) {
				throw problem(HttpStatus.CONFLICT, "用户名已被使用：" + request.username());
			}
			log.info("Account {} created by {}", request.username(), admin.username());
			return get(request.username());
		});
	}

	/**
	 * Changes an account: the fields present in the change, the others stay.
	 *
	 * @throws InvalidRequestException when a field breaks the rules, or the administrator would
	 * disable themselves or drop their own role ADMIN
	 * @throws ErrorResponseException 404 when there is no account with the username
	 */
	UserView change(String username, AccountChange change, Administrator admin) {
		String action = change.enabled() == null ? UPDATE : change.enabled() ? ENABLE : DISABLE;
		return audited(admin, action, username, () -> {
			ManagedAccount current = store.find(username).orElseThrow(() -> notFound(username));
			Account account = current.account();
			List<FieldProblem> problems = new ArrayList<>();
			String displayName = change.displayName() == null ? account.displayName()
					: AccountRules.displayName(change.displayName(), problems);
			Set<Role> roles = change.roles() == null ? account.roles() : AccountRules.roles(change.roles(), problems);
			List<String> skills = change.skills() == null ? account.skills()
					: AccountRules.skills(change.skills(), problems);
			boolean enabled = change.enabled() == null ? current.enabled() : change.enabled();
			boolean self = account.username().equals(admin.username());
			if (self && !enabled) {
				problems.add(new FieldProblem("enabled", "不能停用自己的账号"));
			}
			if (self && roles != null && !roles.contains(Role.ADMIN)) {
				problems.add(new FieldProblem("roles", "不能去掉自己的管理员角色"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidRequestException(problems);
			}
			boolean rolesChanged = !roles.equals(account.roles());
			boolean detailsChanged = rolesChanged || !displayName.equals(account.displayName())
					|| !skills.equals(account.skills());
			boolean stateChanged = enabled != current.enabled();
			OffsetDateTime now = now();
			transaction.executeWithoutResult(status -> {
				if (detailsChanged) {
					store.update(account.id(), displayName, roles, skills, admin.username(), now);
					audit.record(admin.audit(UPDATE, username, AuditOutcome.SUCCESS, "displayName=" + displayName
							+ "; roles=" + String.join(",", roles.stream().map(Role::name).sorted().toList())
							+ "; skills=" + String.join(",", skills)));
				}
				if (stateChanged) {
					store.setEnabled(account.id(), enabled, admin.username(), now);
					audit.record(admin.audit(enabled ? ENABLE : DISABLE, username, AuditOutcome.SUCCESS, null));
				}
				if ((stateChanged && !enabled) || rolesChanged) {
					store.deleteTokensOf(account.id());
				}
			});
			if (stateChanged && !enabled) {
				log.info("Account {} disabled by {}", username, admin.username());
				ended(account, StaffSessionEnded.DISABLED);
			}
			else if (rolesChanged) {
				log.info("Roles of account {} changed by {}", username, admin.username());
				ended(account, StaffSessionEnded.ROLES_CHANGED);
			}
			return get(username);
		});
	}

	/**
	 * Gives an account a new password, ends its tokens and lifts its lockout.
	 *
	 * @throws InvalidRequestException when the password is too weak
	 * @throws ErrorResponseException 404 when there is no account with the username
	 */
	void resetPassword(String username, String password, Administrator admin) {
		audited(admin, PASSWORD_RESET, username, () -> {
			Account account = store.find(username).orElseThrow(() -> notFound(username)).account();
			List<FieldProblem> problems = new ArrayList<>();
			AccountRules.checkPassword(password, username, problems);
			if (!problems.isEmpty()) {
				throw new InvalidRequestException(problems);
			}
			String hash = passwordEncoder.encode(password);
			transaction.executeWithoutResult(status -> {
				store.setPasswordHash(account.id(), hash, admin.username(), now());
				store.deleteTokensOf(account.id());
				lockouts.clear(username);
				audit.record(admin.audit(PASSWORD_RESET, username, AuditOutcome.SUCCESS, null));
			});
			log.info("Password of account {} reset by {}", username, admin.username());
			ended(account, StaffSessionEnded.PASSWORD_RESET);
			return null;
		});
	}

	private void ended(Account account, String reason) {
		events.publishEvent(new StaffSessionEnded(account.id(), account.username(), null, reason));
	}

	private UserView view(ManagedAccount managed) {
		return UserView.of(managed, lockouts.lockedUntil(managed.account().username(), now()).orElse(null));
	}

	/** Runs a change, auditing it as refused when it is refused. */
	private <T> T audited(Administrator admin, String action, String target, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (InvalidRequestException ex) {
			audit.record(admin.audit(action, target, AuditOutcome.REFUSED, ex.problems().toString()));
			throw ex;
		}
		catch (ErrorResponseException ex) {
			audit.record(admin.audit(action, target, AuditOutcome.REFUSED, ex.getBody().getDetail()));
			throw ex;
		}
	}

	private static ErrorResponseException notFound(String username) {
		return problem(HttpStatus.NOT_FOUND, "没有这个账号：" + username);
	}

	private static ErrorResponseException problem(HttpStatus status, String detail) {
		return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	/**
	 * The body of {@code POST /api/admin/users}.
	 *
	 * @param username the name to log in with
	 * @param password the first password
	 * @param displayName the name shown to others
	 * @param roles role names
	 * @param skills skills, may be absent
	 */
	record NewAccount(String username, String password, String displayName, List<String> roles,
			List<String> skills) {
	}

	/**
	 * The body of {@code PATCH /api/admin/users/{username}}: absent fields stay as they are.
	 *
	 * @param displayName the new name shown to others
	 * @param roles the new role names
	 * @param skills the new skills
	 * @param enabled {@code false} to disable, {@code true} to enable
	 */
	record AccountChange(String displayName, List<String> roles, List<String> skills, Boolean enabled) {
	}

}
