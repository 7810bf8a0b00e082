import Domain
import Testing

@Suite struct ReportScheduleTests {
    func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    @Test(arguments: [
        (ReportFrequency.monthly, "2026-03-02", "2026-03-31"),
        (.monthly, "2026-03-31", "2026-04-30"),
        (.monthly, "2026-10-15", "2026-10-31"),
        (.quarterly, "2026-03-02", "2026-03-31"),
        (.quarterly, "2026-04-01", "2026-06-30"),
        (.quarterly, "2026-06-30", "2026-09-30"),
        (.milestones, "2026-03-02", "2026-06-30"),
        (.milestones, "2026-06-30", "2026-09-30"),
        (.milestones, "2026-10-01", "2026-11-15"),
    ])
    func nextDue(frequency: ReportFrequency, after: String, expected: String) {
        let milestones = [day("2026-06-30"), day("2026-09-30")]
        #expect(
            frequency.nextDue(after: day(after), milestones: milestones, deadline: day("2026-11-15")).description
                == expected)
    }

    @Test func theDeadlineCapsTheDueDay() {
        #expect(
            ReportFrequency.monthly.nextDue(after: day("2026-03-02"), milestones: [], deadline: day("2026-03-20"))
                == day("2026-03-20"))
    }

    @Test(arguments: [
        ("2026-12-31", "2026-12-31"), ("2026/6/30", "2026-06-30"), ("2026.06.30", "2026-06-30"),
        ("2026年6月30日", "2026-06-30"), (" 2026-02-28 ", "2026-02-28"),
    ])
    func daysAsPeopleWriteThem(text: String, expected: String) {
        #expect(TaskRules.day(text)?.description == expected)
    }

    @Test(arguments: ["", "2026-02-30", "明年", "2026-6", "1999-01-01", "2026-06-30T00:00", "20260630"])
    func notDays(text: String) {
        #expect(TaskRules.day(text) == nil)
    }

    @Test func chineseNumerals() {
        #expect((1...21).map(ChineseNumerals.ordinal).suffix(4) == ["十八", "十九", "二十", "二十一"])
        #expect(ChineseNumerals.value("十二") == 12)
        #expect(ChineseNumerals.value("零") == nil)
    }

    @Test func hostileSizesAreClamped() {
        #expect(AttachmentRules.cleanName("a." + String(repeating: "b", count: 150)).count == 100)
        #expect(AttachmentRules.cleanName(String(repeating: "长", count: 120) + ".pdf").hasSuffix(".pdf"))
        #expect(PageRequest(page: Int.max, per: 50).offset == (PageRequest.maxPage - 1) * 50)
    }

    @Test(arguments: [
        ("3", false), ("3.", false), ("3.1", true), ("3-1", true), ("（1）", true), ("(2)", true), ("一、", false),
    ])
    func subTaskNumbers(number: String, isSubTask: Bool) {
        #expect(ResponsibilityImport.isSubTaskNumber(number) == isSubTask)
    }
}
