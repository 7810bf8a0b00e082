/// The day the meeting was held, read from the body's own sentence about the meeting.
enum MeetingDateFinder {
    /// 11日上午, 召开: a day without its month, which the publication date supplies.
    private static let dayOnly = Pattern(#"(?<![\d月号號])(\d{1,2})\s*[日号號]"#, requiringOneOf: ["日", "号", "號"])
    private static let writtenWithYear = Pattern(
        #"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"#, requiringOneOf: ["年"])
    private static let yearBefore = Pattern(#"((?:19|20)\d{2})\s*年\s*$"#, requiringOneOf: ["年"])
    private static let yearIn = Pattern(#"((?:19|20)\d{2})年"#, requiringOneOf: ["年"])
    /// 2023年是…之年: the text saying which year it is.
    private static let currentYear = Pattern(#"((?:19|20)\d{2})年是"#, requiringOneOf: ["年是"])
    /// 某某网1月25日某县讯, …1月28日某市消息, …电: an outlet's dateline, the day of the news,
    /// not of the meeting.
    private static let dateline = Pattern(#"^[^,;:。]{0,8}(?:讯|消息|电)"#, requiringOneOf: ["讯", "消息", "电"])

    /// `YYYY-MM-DD`, or `--MM-DD` when no year can be known; nil when the sentence gives no day.
    ///
    /// The day: a date written with its year in the sentence, else its first month and day
    /// that is not a dateline, else a bare day (11日) in the publication date's month. The year:
    /// written before the day; else the year the text says it is (2023年是…); else the
    /// publication year (a year earlier if the day would fall after publication) unless the
    /// text names only years far from it (a page clock or a later re-post); else the year in
    /// the meeting's name; else the latest year the text names; else none.
    static func find(
        sentence: String?, body: UTF16Text, meetingName: String?, published: String?, reasons: Reasons? = nil
    ) -> String? {
        guard let sentence, let (month, day, yearWritten) = monthAndDay(in: sentence, published: published) else {
            return nil
        }
        func dated(_ year: Int, _ rule: String) -> String? {
            reasons?.add(.meetingDate, rule: rule, from: sentence)
            return ReportDates.format(year, month, day)
        }
        if let yearWritten { return dated(yearWritten, "会议句中写明的日期") }
        if let year = currentYear.firstMatch(in: body.string)?[1].flatMap(Int.init) {
            return dated(year, "会议句中的月日，年份取正文“某年是……”")
        }
        let textYears = ReportDates.textYears(in: body)
        if let published = published.flatMap(parts),
            textYears.isEmpty || textYears.contains(where: { abs($0 - published.year) <= 1 })
        {
            let year = (month, day) > (published.month, published.day) ? published.year - 1 : published.year
            return dated(year, "会议句中的月日，年份取发布日期")
        }
        if let name = meetingName, let year = yearIn.firstMatch(in: name)?[1].flatMap(Int.init) {
            return dated(year, "会议句中的月日，年份取会议名称")
        }
        if let year = textYears.max() { return dated(year, "会议句中的月日，年份取正文提到的最近年份") }
        reasons?.add(.meetingDate, rule: "会议句中的月日，全文未写年份", from: sentence)
        return "--" + ReportDates.twoDigits(month) + "-" + ReportDates.twoDigits(day)
    }

    /// Whether a sentence gives a day (8月2日, 11日).
    static func hasDay(_ sentence: String) -> Bool {
        ReportDates.monthDay.contains(sentence) || dayOnly.contains(sentence)
    }

    /// The sentence's month and day, and the year when it is written with them.
    private static func monthAndDay(in sentence: String, published: String?) -> (Int, Int, Int?)? {
        if let full = writtenWithYear.firstMatch(in: sentence), let year = Int(full[1]!), let month = Int(full[2]!),
            let day = Int(full[3]!), valid(month, day)
        {
            return (month, day, year)
        }
        var datelined: (month: Int, day: Int)?
        for match in ReportDates.monthDay.matches(in: sentence) {
            guard let month = Int(match[1]!), let day = Int(match[2]!), valid(month, day) else { continue }
            if dateline.contains(sentence.utf16Slice(match.end()!, sentence.utf16Length)) {
                datelined = (month, day)
                continue
            }
            let before = sentence.utf16Slice(max(0, match.start()! - 6), match.start()!)
            return (month, day, yearBefore.firstMatch(in: before)?[1].flatMap(Int.init))
        }
        // A bare day (26日上午) is in the dateline's month, else in the publication's.
        guard let (month, referenceDay) = datelined ?? published.flatMap(parts).map({ ($0.month, $0.day) }),
            let match = dayOnly.firstMatch(in: sentence),
            let day = Int(match[1]!), valid(month, day)
        else { return nil }
        return (day > referenceDay ? (month == 1 ? 12 : month - 1) : month, day, nil)
    }

    /// A `YYYY-MM-DD` date's year, month and day.
    private static func parts(_ date: String) -> (year: Int, month: Int, day: Int)? {
        let fields = date.split(separator: "-").compactMap { Int($0) }
        return fields.count == 3 ? (fields[0], fields[1], fields[2]) : nil
    }

    private static func valid(_ month: Int, _ day: Int) -> Bool { (1...12).contains(month) && (1...31).contains(day) }
}
