package com.leeway.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.system.AdjustableClock;

/**
 * Who may decide an escalation, as {@link Directory} answers it for every module: the department's managers and
 * their acting deputies, else the next level above, else the company's top level, else the administrators; never
 * the requester. Real database, real services, the app's clock moved by the test.
 */
@SpringBootTest
@ActiveProfiles("test")
class DirectoryIntegrationTests {

	private static final String PASSWORD = "violet tuesday harbour";

	@Autowired
	Directory directory;

	@Autowired
	People people;

	@Autowired
	Organisation organisation;

	@Autowired
	Deputies deputies;

	@Autowired
	AdjustableClock clock;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void putTheClockAndTopLevelBack() {
		clock.reset();
		organisation.setTopLevel("admin", null);
	}

	@Test
	void letsTheDemoDepartmentsKeepTheirManagers() {
		assertThat(names(directory.managersOf("Marketing"))).containsExactly("maria");
		assertThat(names(directory.decidersFor("Finance", "bob"))).containsExactly("frank");
		assertThat(names(directory.decidersFor("finance", "bob"))).as("names are compared without capitals")
			.containsExactly("frank");
	}

	@Test
	void letsADeputyDecideWhileActingAndNotBeforeOrAfter() {
		String department = department();
		String manager = person("MANAGER", department);
		String deputy = person("REQUESTER", department);
		String requester = person("REQUESTER", department);
		LocalDate today = LocalDate.now(clock);
		deputies.create(actor(manager), null, deputy, today.plusDays(1), today.plusDays(3), "Holiday");

		assertThat(names(directory.decidersFor(department, requester))).containsExactly(manager);
		clock.advance(Duration.ofDays(1));
		assertThat(names(directory.decidersFor(department, requester))).containsExactlyInAnyOrder(manager, deputy);
		clock.advance(Duration.ofDays(2));
		assertThat(names(directory.decidersFor(department, requester))).as("the last day is included")
			.containsExactlyInAnyOrder(manager, deputy);
		clock.advance(Duration.ofDays(1));
		assertThat(names(directory.decidersFor(department, requester))).containsExactly(manager);
	}

	@Test
	void stopsADeputyDecidingOnceTheDeputyIsEnded() {
		String department = department();
		String manager = person("MANAGER", department);
		String deputy = person("REQUESTER", department);
		LocalDate today = LocalDate.now(clock);
		Deputy chosen = deputies.create(actor("admin"), manager, deputy, today, today.plusDays(10), "Parental leave");
		assertThat(names(directory.decidersFor(department, "alice"))).containsExactlyInAnyOrder(manager, deputy);

		deputies.end(actor(manager), chosen.getId());

		assertThat(names(directory.decidersFor(department, "alice"))).containsExactly(manager);
	}

	@Test
	void neverLetsADeputyDecideTheirOwnRequest() {
		String department = department();
		String manager = person("MANAGER", department);
		String deputy = person("REQUESTER", department);
		LocalDate today = LocalDate.now(clock);
		deputies.create(actor(manager), null, deputy, today, today, "Training");

		assertThat(names(directory.decidersFor(department, deputy))).containsExactly(manager);
	}

	@Test
	void sendsAManagersOwnEscalationToTheNextLevel() {
		String department = department();
		String manager = person("MANAGER", department);
		String head = person("REQUESTER", "Board " + tag);
		organisation.update("admin", id(department), null, null, head);

		assertThat(names(directory.decidersFor(department, "alice"))).containsExactly(manager);
		assertThat(names(directory.decidersFor(department, manager))).containsExactly(head);
	}

	@Test
	void sendsAnEscalationFromADepartmentWithoutAManagerToItsNextLevel() {
		String department = department();
		String requester = person("REQUESTER", department);
		String head = person("REQUESTER", "Board " + tag);
		organisation.update("admin", id(department), null, null, head);

		assertThat(directory.managersOf(department)).isEmpty();
		assertThat(names(directory.decidersFor(department, requester))).containsExactly(head);
	}

	@Test
	void goesOnUpToTheTopLevelWhenTheNextLevelAsksThemselves() {
		String department = department();
		String head = person("MANAGER", "Board " + tag);
		String headOfIt = person("IT_STAFF", "IT " + tag);
		organisation.update("admin", id(department), null, null, head);
		organisation.setTopLevel("admin", headOfIt);

		assertThat(names(directory.decidersFor(department, head))).as("the head's own request, above the head")
			.containsExactly(headOfIt);
	}

	@Test
	void passesAnOverdueDecisionToTheNextLevelAndThenTheTopLevel() {
		String department = department();
		String manager = person("MANAGER", department);
		String requester = person("REQUESTER", department);
		String head = person("REQUESTER", "Board " + tag);
		String headOfIt = person("IT_STAFF", "IT " + tag);
		organisation.update("admin", id(department), null, null, head);
		organisation.setTopLevel("admin", headOfIt);

		assertThat(names(directory.decidersFor(department, requester))).containsExactly(manager);
		assertThat(directory.nextLevelAbove(department, requester)).map(Actor::username).hasValue(head);
		assertThat(names(directory.decidersAbove(department, requester))).containsExactly(head);
		assertThat(names(directory.decidersAt(department, requester, 2))).containsExactly(headOfIt);
	}

	@Test
	void passesAnOverdueDecisionOfTheNextLevelsOwnRequestAboveThemNeverToThem() {
		String department = department();
		String head = person("MANAGER", "Board " + tag);
		String headOfIt = person("IT_STAFF", "IT " + tag);
		organisation.update("admin", id(department), null, null, head);
		organisation.setTopLevel("admin", headOfIt);

		assertThat(names(directory.decidersFor(department, head))).containsExactly(headOfIt);
		assertThat(directory.nextLevelAbove(department, head)).map(Actor::username)
			.hasValueSatisfying(next -> assertThat(next).isNotEqualTo(head).isNotEqualTo(headOfIt));
	}

	@Test
	void letsTheDeputyOfTheNextLevelDecideWhileActing() {
		String department = department();
		String requester = person("REQUESTER", department);
		String head = person("REQUESTER", "Board " + tag);
		String stand = person("REQUESTER", "Board " + tag);
		organisation.update("admin", id(department), null, null, head);
		LocalDate today = LocalDate.now(clock);
		deputies.create(actor("admin"), head, stand, today, today.plusDays(1), "Conference");

		assertThat(names(directory.decidersFor(department, requester))).containsExactlyInAnyOrder(head, stand);
	}

	@Test
	void fallsBackToTheAdministratorsAndNeverAnswersTheRequester() {
		String department = department();
		String manager = person("MANAGER", department);

		List<Actor> deciders = directory.decidersFor(department, manager);

		assertThat(deciders).isNotEmpty();
		assertThat(names(deciders)).doesNotContain(manager).contains("admin");
	}

	@Test
	void leavesPeopleWhoseAccountIsSwitchedOffOut() {
		String department = department();
		String manager = person("MANAGER", department);
		String head = person("REQUESTER", "Board " + tag);
		organisation.update("admin", id(department), null, null, head);

		people.setActive("admin", manager, false);

		assertThat(names(directory.decidersFor(department, "alice"))).containsExactly(head);
	}

	@Test
	void makesAnyoneAManagerOfTheirDepartmentWhenTheyBecomeOneAndNoLongerWhenTheyStop() {
		String department = department();
		String person = person("REQUESTER", department);
		assertThat(directory.managersOf(department)).isEmpty();

		people.change("admin", person, null, null, "MANAGER", null);
		assertThat(names(directory.managersOf(department))).containsExactly(person);

		people.change("admin", person, null, null, null, "Elsewhere " + tag);
		assertThat(directory.managersOf(department)).isEmpty();
		assertThat(names(directory.managersOf("Elsewhere " + tag))).containsExactly(person);
	}

	private String department() {
		String name = "Dept " + tag;
		if (organisation.departments().stream().noneMatch(found -> found.getName().equals(name))) {
			organisation.create("admin", name, Set.of(), null);
		}
		return name;
	}

	private long id(String department) {
		return organisation.departments().stream().filter(found -> found.getName().equals(department)).findFirst()
			.orElseThrow().getId();
	}

	private int count;

	private String person(String role, String department) {
		String username = "p" + tag + "-" + (++count);
		people.create("admin", new People.NewPerson(username, "Person " + count, username + "@example.com", role,
				department, PASSWORD));
		return username;
	}

	private Actor actor(String username) {
		return directory.find(username).orElseThrow();
	}

	private static List<String> names(List<Actor> actors) {
		return actors.stream().map(Actor::username).toList();
	}

}
