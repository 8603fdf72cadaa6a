package org.opencall.identity;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is who: people, their roles and the programmes they work on. One identity serves
 * the application and the process engine.
 */
@Component
public class Directory {

	private static final int USERS_PER_QUERY = 1000;

	private static final String GROUPS_OF = Directory.class.getName() + ".groupsOf.";

	private final IdentityService identityService;

	private final JdbcClient jdbc;

	private final CommandExecutor commands;

	private final RecentLogins recentLogins;

	Directory(IdentityService identityService, JdbcClient jdbc, ProcessEngine engine, RecentLogins recentLogins) {
		this.identityService = identityService;
		this.jdbc = jdbc;
		this.recentLogins = recentLogins;
		this.commands = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired();
	}

	public Optional<Person> person(String userId) {
		User user = withoutEngineAuthentication(
				() -> this.identityService.createUserQuery().userId(userId).singleResult());
		return Optional.ofNullable(user).map(Directory::toPerson);
	}

	public List<Person> membersOf(String groupId) {
		return withoutEngineAuthentication(
				() -> this.identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list())
			.stream()
			.map(Directory::toPerson)
			.toList();
	}

	/**
	 * The programme officers of a programme: the members of its group who run calls. Its
	 * project officers, who follow its grants, are members of the group too.
	 */
	public List<Person> programmeOfficersOf(String programmeCode) {
		return membersWithRole(Programme.groupIdOf(programmeCode), Roles.PROGRAMME_OFFICERS);
	}

	/**
	 * The members of a group who also have the role (an engine group), e.g. a programme's
	 * project officers.
	 */
	public List<Person> membersWithRole(String groupId, String role) {
		Set<String> withRole = withoutEngineAuthentication(
				() -> this.identityService.createUserQuery().memberOfGroup(role).list())
			.stream()
			.map(User::getId)
			.collect(Collectors.toSet());
		return membersOf(groupId).stream().filter((person) -> withRole.contains(person.userId())).toList();
	}

	/**
	 * The engine groups of a user (their roles and programmes). Read once per request:
	 * logging in, checking access and acting ask for them in one request.
	 */
	@SuppressWarnings("unchecked")
	public Set<String> groupsOf(String userId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = GROUPS_OF + userId;
		Set<String> known = (request != null) ? (Set<String>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST)
				: null;
		if (known != null) {
			return known;
		}
		Set<String> groups = withoutEngineAuthentication(
				() -> this.identityService.createGroupQuery().groupMember(userId).list())
			.stream()
			.map(Group::getId)
			.collect(Collectors.toUnmodifiableSet());
		if (request != null) {
			request.setAttribute(key, groups, RequestAttributes.SCOPE_REQUEST);
		}
		return groups;
	}

	/**
	 * Checks a user's password and reads their groups in one engine command, as every
	 * call of the API with HTTP Basic logs in; answers the groups, or nothing when the
	 * user is unknown or the password wrong. The groups are kept for the request, and a
	 * password that passed is taken again for a short while without the engine
	 * ({@link RecentLogins}).
	 */
	public Optional<Set<String>> logIn(String userId, String password) {
		Set<String> groups = this.recentLogins.groupsOf(userId, password);
		if (groups == null) {
			groups = checkPassword(userId, password);
			if (groups != null) {
				this.recentLogins.remember(userId, password, groups);
			}
		}
		if (groups == null) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(GROUPS_OF + userId, groups, RequestAttributes.SCOPE_REQUEST);
		}
		return Optional.of(groups);
	}

	private Set<String> checkPassword(String userId, String password) {
		return this.commands.execute((CommandContext context) -> {
			ReadOnlyIdentityProvider identities = context.getReadOnlyIdentityProvider();
			if (!identities.checkPassword(userId, password)) {
				return null;
			}
			return identities.createGroupQuery(context)
				.groupMember(userId)
				.list()
				.stream()
				.map(Group::getId)
				.collect(Collectors.toUnmodifiableSet());
		});
	}

	/** Forgets the groups read in this request, after a membership changed. */
	private static void forgetGroups(String userId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(GROUPS_OF + userId, RequestAttributes.SCOPE_REQUEST);
		}
	}

	public List<Programme> programmes() {
		return this.jdbc.sql("select code, name from programmes order by name")
			.query((rs, row) -> new Programme(rs.getString("code"), rs.getString("name")))
			.list();
	}

	public Optional<Programme> programme(String code) {
		return programmes().stream().filter((p) -> p.code().equals(code)).findFirst();
	}

	/**
	 * Registers a programme and its officers' engine group; does nothing if it exists.
	 */
	public Programme registerProgramme(String code, String name) {
		Programme programme = new Programme(code, name);
		this.jdbc.sql("insert into programmes (code, name) values (:code, :name) on conflict (code) do nothing")
			.param("code", code)
			.param("name", name)
			.update();
		if (this.identityService.createGroupQuery().groupId(programme.groupId()).count() == 0) {
			Group group = this.identityService.newGroup(programme.groupId());
			group.setName(name);
			group.setType("PROGRAMME");
			this.identityService.saveGroup(group);
		}
		return programme;
	}

	/**
	 * The address the programme's reports to its funder are mailed to; empty while none
	 * is set.
	 */
	public Optional<String> funderEmail(String programmeCode) {
		return this.jdbc.sql("select funder_email from programmes where code = :code")
			.param("code", programmeCode)
			.query(String.class)
			.optional()
			.filter((address) -> address != null && !address.isBlank());
	}

	/**
	 * Sets the address of the programme's funder, checked as a person's address is;
	 * refused with the field {@code funderEmail} and why.
	 */
	public void setFunderEmail(String programmeCode, String address) {
		List<FieldViolation> violations = new ArrayList<>();
		String checked = EmailAddress.check(violations, "funderEmail", address);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		int updated = this.jdbc.sql("update programmes set funder_email = :address where code = :code")
			.param("address", checked)
			.param("code", programmeCode)
			.update();
		if (updated == 0) {
			throw new NotFoundException("There is no programme " + programmeCode);
		}
	}

	/** Makes a programme officer work on a programme's calls. */
	public void appointOfficer(String programmeCode, String userId) {
		Programme programme = programme(programmeCode)
			.orElseThrow(() -> new IllegalArgumentException("No programme " + programmeCode));
		if (!groupsOf(userId).contains(programme.groupId())) {
			this.identityService.createMembership(userId, programme.groupId());
			forgetGroups(userId);
			this.recentLogins.forgetAll();
		}
	}

	/** Gives a user a role (an engine group); does nothing if they have it. */
	public void grantRole(String userId, String role) {
		if (!groupsOf(userId).contains(role)) {
			this.identityService.createMembership(userId, role);
			forgetGroups(userId);
			this.recentLogins.forgetAll();
		}
	}

	/** Takes a role (an engine group) from a user; does nothing if they lack it. */
	public void revokeRole(String userId, String role) {
		if (groupsOf(userId).contains(role)) {
			this.identityService.deleteMembership(userId, role);
			forgetGroups(userId);
			this.recentLogins.forgetAll();
		}
	}

	public Optional<Organisation> organisationOf(String userId) {
		return this.jdbc.sql("""
				select o.id, o.name, o.country, o.type from organisations o
				join organisation_members m on m.organisation_id = o.id where m.user_id = :user
				""").param("user", userId).query(Directory::toOrganisation).optional();
	}

	public Optional<Organisation> organisation(UUID id) {
		return this.jdbc.sql("select id, name, country, type from organisations where id = :id")
			.param("id", id)
			.query(Directory::toOrganisation)
			.optional();
	}

	/** Several organisations in one query, by id. */
	public Map<UUID, Organisation> organisations(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select id, name, country, type from organisations where id in (:ids)")
			.param("ids", ids)
			.query(Directory::toOrganisation)
			.list()
			.stream()
			.collect(Collectors.toMap(Organisation::id, (organisation) -> organisation));
	}

	public List<Organisation> organisations() {
		return this.jdbc.sql("select id, name, country, type from organisations order by name")
			.query(Directory::toOrganisation)
			.list();
	}

	/**
	 * Registers an organisation, or returns the one of that name and country (the first
	 * registered, should a registration have added another of the same name).
	 */
	public Organisation registerOrganisation(String name, String country, OrganisationType type) {
		return registerOrganisation(name, country, type, null);
	}

	public Organisation registerOrganisation(String name, String country, OrganisationType type,
			String registrationNumber) {
		Optional<Organisation> existing = this.jdbc
			.sql("select id, name, country, type from organisations where name = :name and country = :country"
					+ " order by created_at, id limit 1")
			.param("name", name)
			.param("country", country)
			.query(Directory::toOrganisation)
			.optional();
		return existing.orElseGet(() -> createOrganisation(name, country, type, registrationNumber));
	}

	/** Registers a new organisation, whatever else is registered. */
	Organisation createOrganisation(String name, String country, OrganisationType type, String registrationNumber) {
		Organisation organisation = new Organisation(UUID.randomUUID(), name, country, type);
		this.jdbc
			.sql("insert into organisations (id, name, country, type, registration_number)"
					+ " values (:id, :name, :country, :type, :number)")
			.param("id", organisation.id())
			.param("name", name)
			.param("country", country)
			.param("type", type.name())
			.param("number", registrationNumber)
			.update();
		return organisation;
	}

	/** The people of an organisation, by user id. */
	public List<Person> staffOf(UUID organisationId) {
		return staffOf(List.of(organisationId)).getOrDefault(organisationId, List.of());
	}

	/**
	 * The people of each of these organisations, by user id: one query for the
	 * memberships and one per thousand people, however many organisations.
	 */
	public Map<UUID, List<Person>> staffOf(Collection<UUID> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Map.of();
		}
		Map<String, UUID> members = new HashMap<>();
		this.jdbc
			.sql("select user_id, organisation_id from organisation_members where organisation_id in (:organisations)")
			.param("organisations", organisationIds)
			.query((ResultSet rs) -> {
				members.put(rs.getString("user_id"), (UUID) rs.getObject("organisation_id"));
			});
		List<String> userIds = members.keySet().stream().sorted().toList();
		Map<UUID, List<Person>> staff = new HashMap<>();
		for (int from = 0; from < userIds.size(); from += USERS_PER_QUERY) {
			List<String> chunk = userIds.subList(from, Math.min(from + USERS_PER_QUERY, userIds.size()));
			withoutEngineAuthentication(() -> this.identityService.createUserQuery()
				.userIdIn(chunk.toArray(String[]::new))
				.orderByUserId()
				.asc()
				.list())
				.forEach((user) -> staff.computeIfAbsent(members.get(user.getId()), (id) -> new ArrayList<>())
					.add(toPerson(user)));
		}
		return staff;
	}

	public void joinOrganisation(String userId, UUID organisationId) {
		this.jdbc.sql("""
				insert into organisation_members (user_id, organisation_id) values (:user, :organisation)
				on conflict (user_id) do update set organisation_id = excluded.organisation_id
				""").param("user", userId).param("organisation", organisationId).update();
	}

	/** The programmes whose calls this person may work on as an officer. */
	public List<Programme> programmesOf(String userId) {
		Set<String> groups = groupsOf(userId);
		if (!groups.contains(Roles.PROGRAMME_OFFICERS)) {
			return List.of();
		}
		return programmes().stream().filter((p) -> groups.contains(p.groupId())).toList();
	}

	/**
	 * The directory answers the application, not the signed-in user: engine
	 * authorizations restrict what a user reads through the webapps and REST API, and
	 * must not hide colleagues from the application's own lookups (e.g. whom to mail).
	 */
	private <T> T withoutEngineAuthentication(Supplier<T> lookup) {
		Authentication current = this.identityService.getCurrentAuthentication();
		if (current == null) {
			return lookup.get();
		}
		this.identityService.clearAuthentication();
		try {
			return lookup.get();
		}
		finally {
			this.identityService.setAuthentication(current);
		}
	}

	private static Organisation toOrganisation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Organisation((UUID) rs.getObject("id"), rs.getString("name"), rs.getString("country"),
				OrganisationType.valueOf(rs.getString("type")));
	}

	private static Person toPerson(User user) {
		return new Person(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail());
	}

}
