/// The meeting's full name as the body gives it.
enum MeetingNameFinder {
    // Each pattern names the literals it cannot match without (see `Pattern`).
    private static let leadingDate = Pattern(#"^.*?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?,?"#, requiringOneOf: ["月"])
    private static let verb = Pattern(TextTables.meetingVerbs + "了?")
    private static let endsWithMeeting = Pattern(TextTables.meetingWords + "$", requiringOneOf: ["会"])
    private static let upToMeeting = Pattern("^(.*" + TextTables.meetingWords + ")", requiringOneOf: ["会"])
    private static let attendance = Pattern(TextTables.attendanceWords)
    private static let convener = Pattern(TextTables.convenerEndings + "$")
    private static let ourPlace = Pattern(#"^我(市|县|区|州)"#, requiringOneOf: ["我"])
    private static let locativeLead = Pattern(#"^(在|于)"#, requiringOneOf: ["在", "于"])
    /// …会议在县会议中心召开: the place after 在/于 is not part of the name.
    private static let locativeTail = Pattern(#"(?:在|于)[^在于]*$"#, requiringOneOf: ["在", "于"])
    private static let chairLead = Pattern(#"^.*(主持|在)"#, requiringOneOf: ["主持", "在"])
    private static let collective = Pattern("^(全|本|我)", requiringOneOf: ["全", "本", "我"])
    private static let verbOrSubtitle = Pattern(TextTables.meetingVerbs + "|(?:隆重)?(?:开幕|闭幕)$|\\s.*$")
    private static let clauseBreaks: Set<Character> = [",", ";", ":", "?", "!"]

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

    /// The name from the first sentence with a meeting verb that gives one: `X召开Y…会议`
    /// (Y, joined to X when X is the convening body) or `…会议(在某地)召开`, with that
    /// sentence; else the headline without its verb, when it names a meeting.
    static func find(in body: UTF16Text, title: String?, reasons: Reasons? = nil) -> (name: String?, sentence: String?)
    {
        for raw in sentencesWithMeetingVerbs(in: body) {
            let sentence = leadingDate.replacing(in: raw, with: "")
            guard let found = verb.firstMatch(in: sentence) else { continue }
            let before =
                sentence.utf16Slice(0, found.start()!).split(whereSeparator: clauseBreaks.contains).last
                .map(String.init) ?? ""
            let after =
                sentence.utf16Slice(found.end()!, sentence.utf16Length).split(
                    whereSeparator: clauseBreaks.contains
                ).first.map(String.init) ?? ""
            if let meeting = upToMeeting.firstMatch(in: after)?[1], !attendance.contains(meeting) {
                let subject = chairLead.replacing(in: before, with: "")
                if let place = ourPlace.firstMatch(in: subject)?[1], subject.count == 2 {
                    reasons?.add(.meetingName, rule: "“我县召开……会议”：全县＋会议名", from: raw)
                    return ("全" + place + meeting, raw)
                }
                if convener.contains(subject), !collective.contains(meeting) {
                    reasons?.add(.meetingName, rule: "“召开”句：召开机关＋会议名", from: raw)
                    return (subject + meeting, raw)
                }
                reasons?.add(.meetingName, rule: "“召开”句中动词后的会议名", from: raw)
                return (meeting, raw)
            }
            let named = locativeLead.replacing(in: locativeTail.replacing(in: before, with: ""), with: "")
            if endsWithMeeting.contains(named) {
                reasons?.add(.meetingName, rule: "“……会议（在某地）召开”句中动词前的会议名", from: raw)
                return (ourPlace.replacing(in: named, with: ""), raw)
            }
        }
        guard let title, case let named = verbOrSubtitle.replacing(in: title, with: ""), endsWithMeeting.contains(named)
        else { return (nil, nil) }
        reasons?.add(.meetingName, rule: "正文未写明，取标题中的会议名", from: title)
        return (named, nil)
    }
}
