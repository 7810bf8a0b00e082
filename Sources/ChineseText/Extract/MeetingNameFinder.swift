/// The meeting's full name as the body gives it.
enum MeetingNameFinder {
    // Each pattern names the literals it cannot match without (see `Pattern`).
    private static let leadingDate = Pattern(#"^.*?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?,?"#, requiringOneOf: ["月"])
    private static let verb = Pattern(TextTables.meetingVerbs + "了?")
    private static let endsWithMeeting = Pattern(TextTables.meetingWords + "$", requiringOneOf: ["会"])
    private static let upToMeeting = Pattern("^(.*" + TextTables.meetingWords + ")", requiringOneOf: ["会"])
    private static let convener = Pattern(TextTables.convenerEndings + "$")
    private static let numberedSession = Pattern(#"第[一二三四五六七八九十\d]+次|全体"#, requiringOneOf: ["次", "全体"])
    private static let ourPlace = Pattern(#"^我(市|县|区|州)$"#, requiringOneOf: ["我"])
    private static let locativeLead = Pattern(#"^(在|于)"#, requiringOneOf: ["在", "于"])
    private static let chairLead = Pattern(#"^.*(主持|在)"#, requiringOneOf: ["主持", "在"])
    private static let collective = Pattern("^(全|本|我)", requiringOneOf: ["全", "本", "我"])
    private static let verbOrSubtitle = Pattern(TextTables.meetingVerbs + "|\\s.*$")

    private static let verbs = ["召开", "举行", "举办"].map { Array($0.utf16) }
    private static let sentenceEnds = CodeUnitSet("。\n")

    /// The sentences (split at 。 and line breaks) that contain a meeting verb, in text order.
    static func sentencesWithMeetingVerbs(in body: UTF16Text) -> [String] {
        let units = body.units
        let sentenceEnds = sentenceEnds
        let offsets = verbs.flatMap { UTF16Search.occurrences(of: $0, in: units) }.sorted()
        var sentences: [String] = []
        var coveredTo = -1
        for offset in offsets where offset >= coveredTo {
            var start = offset
            var end = offset
            while start > 0, !sentenceEnds.contains(units[start - 1]) { start -= 1 }
            while end < units.count, !sentenceEnds.contains(units[end]) { end += 1 }
            sentences.append(UTF16Text.string(units[start..<end]))
            coveredTo = end
        }
        return sentences
    }

    /// Looks through the body's sentences for `X召开Y…会议` or `…会议召开`.
    static func find(in body: UTF16Text, title: String?) -> String? {
        for raw in sentencesWithMeetingVerbs(in: body) {
            let sentence = leadingDate.replacing(in: raw, with: "")
            guard let found = verb.firstMatch(in: sentence) else { continue }
            let before =
                sentence.utf16Slice(0, found.start()!).split(whereSeparator: { ",;:".contains($0) }).last.map(
                    String.init) ?? ""
            let after =
                sentence.utf16Slice(found.end()!, sentence.utf16Length)
                .split(whereSeparator: { ",;:".contains($0) }).first.map(String.init) ?? ""
            if endsWithMeeting.contains(before), after.count < 3 {
                return locativeLead.replacing(in: before, with: "")
            }
            if let meeting = upToMeeting.firstMatch(in: after)?[1] {
                let subject = chairLead.replacing(in: before, with: "")
                if let place = ourPlace.firstMatch(in: subject)?[1] { return "全" + place + meeting }
                if convener.contains(subject), numberedSession.contains(meeting), !collective.contains(meeting) {
                    return subject + meeting
                }
                return meeting
            }
            if endsWithMeeting.contains(before) { return before }
        }
        guard let title else { return nil }
        let stripped = verbOrSubtitle.replacing(in: title, with: "")
        return stripped.isEmpty ? nil : stripped
    }
}
