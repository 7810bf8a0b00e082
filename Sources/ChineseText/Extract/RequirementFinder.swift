import Foundation

/// Numbered demands (一是…二是…, 第一…, (一)…, 一、…, 1.…) and counted lists (八个方面工作,
/// 分别为: 甲;乙;…), each with the person who states it.
enum RequirementFinder {
    private static let headEnd = Pattern(#"[。;:]"#)

    static func find(in body: String, people: [String], mainSpeakers: [String]) -> [MeetingReport.Requirement] {
        var found: [MeetingReport.Requirement] = []
        var list = 0, lastOrdinal = 0
        var speaker: String?
        for match in TextTables.numberingMarker.matches(in: body) {
            let ordinal: Int?
            var start = match.end()!
            if let numeral = match[1] {
                ordinal = ChineseNumber.value(numeral)
                if match[2] == "要" { start = match.start(2)! }  // 一要… keeps its 要
            } else {
                ordinal = (match[3] ?? match[4] ?? match[5]).flatMap(ChineseNumber.value)
                    ?? match[6].flatMap { Int($0) }
            }
            guard let ordinal else { continue }
            if ordinal == 1 {
                list += 1
                speaker = self.speaker(before: match.start()!, in: body, people: people, mainSpeakers: mainSpeakers)
            } else if ordinal != lastOrdinal + 1 || list == 0 {
                continue
            }
            lastOrdinal = ordinal
            found.append(.init(speaker: speaker, list: list, ordinal: ordinal, head: head(body.utf16Slice(start, min(body.utf16Length, start + 400)))))
        }
        for match in TextTables.countedListIntro.matches(in: body) {
            let rest = body.utf16Slice(match.end()!, min(body.utf16Length, match.end()! + 2000))
            guard TextTables.numberingMarker.firstMatch(in: rest)?.start() != 0,
                  let count = ChineseNumber.value(match[1]!) else { continue }
            let items = (rest.split(separator: "。", maxSplits: 1).first.map(String.init) ?? rest)
                .split(separator: ";").map(String.init)
            guard items.count >= 2, items.count == count else { continue }
            list += 1
            let listSpeaker = self.speaker(before: match.start()!, in: body, people: people, mainSpeakers: mainSpeakers)
            for (index, item) in items.enumerated() {
                found.append(.init(speaker: listSpeaker, list: list, ordinal: index + 1, head: head(item)))
            }
        }
        return found
    }

    private static func head(_ text: String) -> String {
        let cut = headEnd.firstMatch(in: text).map { text.utf16Slice(0, $0.start()!) } ?? text
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: " ,、\t\n"))
    }

    /// Who states the list starting at `offset`: the meeting's single main speaker when the
    /// text gives the list to the meeting (会议要求…), else the nearest person named before it.
    private static func speaker(before offset: Int, in body: String, people: [String], mainSpeakers: [String]) -> String? {
        let before = body.utf16Slice(max(0, offset - 3000), offset)
        let sentenceStart = before.lastIndex(where: { $0 == "。" || $0 == "\n" }).map { before.index(after: $0) } ?? before.startIndex
        if TextTables.meetingAsSpeaker.contains(String(before[sentenceStart...])) {
            return mainSpeakers.count == 1 ? mainSpeakers[0] : nil
        }
        let ns = before as NSString
        return people.map { ($0, ns.range(of: $0, options: .backwards).location) }
            .filter { $0.1 != NSNotFound }
            .max { $0.1 < $1.1 }?.0
    }
}
