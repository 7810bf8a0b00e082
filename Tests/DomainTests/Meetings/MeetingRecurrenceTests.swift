import Domain
import Testing

/// The days a series meets on, month ends included.
@Suite struct MeetingRecurrenceTests {
    func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test(arguments: [
        // recurrence, held, today, next
        (MeetingRecurrence.quarterly, "2026-03-10", "2026-03-10", "2026-06-10"),
        (.monthly, "2026-01-31", "2026-02-01", "2026-02-28"),
        (.monthly, "2026-01-31", "2026-03-01", "2026-03-31"),
        (.halfYearly, "2026-08-31", "2026-09-01", "2027-02-28"),
        (.yearly, "2024-02-29", "2024-03-01", "2025-02-28"),
        (.quarterly, "2026-03-10", "2026-09-16", "2026-12-10"),
    ])
    func nextDay(recurrence: MeetingRecurrence, held: String, today: String, next: String) {
        #expect(recurrence.nextDay(after: day(held), today: day(today)) == day(next))
    }

    @Test func aMeetingThatDoesNotRecurHasNoNextDay() {
        #expect(MeetingRecurrence.none.nextDay(after: day("2026-03-10"), today: day("2026-03-10")) == nil)
    }
}
