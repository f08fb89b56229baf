package org.govassist.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/**
 * Reading {@code assistant.handoff.hours} and telling whether agents take chats at a time.
 */
class ServiceHoursTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 2026-11-23 is a Monday. */
	private static ZonedDateTime at(int day, int hour, int minute) {
		return ZonedDateTime.of(2026, 11, 23 + day, hour, minute, 0, 0, SHANGHAI);
	}

	@Test
	void weekdaysAndASaturdayMorningAreOpenFromTheFirstMinuteToTheLastBeforeTheEnd() {
		ServiceHours hours = ServiceHours.parse("MON-FRI 09:00-17:30, SAT 09:00-12:00");

		assertThat(hours.isOpen(at(0, 9, 0))).isTrue();
		assertThat(hours.isOpen(at(4, 17, 29))).isTrue();
		assertThat(hours.isOpen(at(5, 11, 59))).isTrue();
		assertThat(hours.isOpen(at(0, 8, 59))).isFalse();
		assertThat(hours.isOpen(at(2, 17, 30))).isFalse();
		assertThat(hours.isOpen(at(5, 12, 0))).isFalse();
		assertThat(hours.isOpen(at(6, 10, 0))).as("Sunday").isFalse();
	}

	@Test
	void dayRangesMayWrapPastSundayAndADayMayHaveSeveralRangesInAnyCase() {
		ServiceHours hours = ServiceHours.parse("sat-mon 10:00-24:00, Wed 08:00-12:00, WED 13:00-17:00");

		assertThat(hours.isOpen(at(6, 23, 59))).isTrue();
		assertThat(hours.isOpen(at(0, 10, 0))).isTrue();
		assertThat(hours.isOpen(at(1, 11, 0))).as("Tuesday").isFalse();
		assertThat(hours.isOpen(at(2, 12, 30))).as("lunch").isFalse();
		assertThat(hours.isOpen(at(2, 16, 0))).isTrue();
	}

	@Test
	void noHoursMeansAlways() {
		assertThat(ServiceHours.parse(null).isAlways()).isTrue();
		assertThat(ServiceHours.parse("  ").isOpen(at(6, 3, 0))).isTrue();
	}

	@Test
	void mistakesAreRefusedNamingTheEntryAndWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceHours.parse("MON-FRI 9-17"))
			.withMessageContaining("\"MON-FRI 9-17\"")
			.withMessageContaining("MON-FRI 09:00-17:30");
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceHours.parse("MON-FRI 09:00-17:30, SUNDAY 09:00-12:00"))
			.withMessageContaining("SUNDAY");
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceHours.parse("MON-FRI 09:00-17:30, FUN 09:00-12:00"))
			.withMessageContaining("FUN is not a day");
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceHours.parse("MON 17:30-09:00"))
			.withMessageContaining("is not before the end");
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceHours.parse("MON 09:00-24:30"))
			.withMessageContaining("24:30 is not a time");
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceHours.parse("MON 09:61-12:00"))
			.withMessageContaining("09:61 is not a time");
	}

	@Test
	void badHandoffSettingsStopStartUpNamingTheProperty() {
		HandoffProperties.Sla sla = new HandoffProperties.Sla(Duration.ofSeconds(60),
				Duration.ofSeconds(180));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HandoffProperties(0, null, SHANGHAI, Duration.ofSeconds(60), sla,
					Duration.ofSeconds(30), Duration.ofSeconds(120), RateLimit.OFF))
			.withMessageContaining("assistant.handoff.max-chats");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HandoffProperties(3, "weekdays", SHANGHAI, Duration.ofSeconds(60), sla,
					Duration.ofSeconds(30), Duration.ofSeconds(120), RateLimit.OFF))
			.withMessageStartingWith("assistant.handoff.hours cannot be read: \"weekdays\"");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HandoffProperties(3, null, SHANGHAI, Duration.ZERO, sla,
					Duration.ofSeconds(30), Duration.ofSeconds(120), RateLimit.OFF))
			.withMessageContaining("assistant.handoff.agent-grace");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HandoffProperties(3, null, SHANGHAI, Duration.ofSeconds(60), sla,
					Duration.ofSeconds(30), Duration.ZERO, RateLimit.OFF))
			.withMessageContaining("assistant.handoff.citizen-grace");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HandoffProperties.Sla(Duration.ofSeconds(60), Duration.ofSeconds(60)))
			.withMessageContaining("assistant.handoff.sla.red");
	}

}
