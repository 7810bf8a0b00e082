import Foundation

/// Gives each named participant their roles from the verbs around them.
///
/// Each sentence is read up to its first reported speech (指出, 强调…): names collect into a
/// group, and a role verb gives its role to the group (甲、乙出席 → both 出席). A verb right
/// after 并 continues with the previous group (出席会议并讲话). Names and verbs are located
/// once over the whole body; each sentence then takes the ones inside it.
enum RoleFinder {
    private static let speechVerbs = TextTables.speechVerbs.map { ($0, Array($0.utf16)) }
    private static let roleVerbs = TextTables.roleVerbs.map { ($0.role, Array($0.verb.utf16)) }
    private static let chair = Array("主持".utf16), convene = Array("召开".utf16), comma = UInt16(UInt8(ascii: ",")),
        colon = UInt16(UInt8(ascii: ":"))
    private static let and = UInt16(0x5E76)  // 并
    /// How far before a verb a 并 continues the previous group (出席会议并作重要讲话).
    private static let continuationReach = 6
    private static let sentenceEnds = CodeUnitSet("。;\n")
    private static let pronouns = CodeUnitSet("他她")

    private enum Event {
        /// A person, by their index in the order of first mention.
        case name(Int)
        case role(String, convenes: Bool)
        case speech(String)
    }

    /// People with at least one role, in order of first mention, and the main speakers (讲话).
    static func assign(mentions: [PeopleFinder.Mention], body: UTF16Text, reasons: Reasons? = nil) -> (
        people: [MeetingReport.Participant], speakers: [String]
    ) {
        // People by index in order of first mention; the longest position written for them.
        var people: [MeetingReport.Participant] = []
        var indexByName: [String: Int] = [:]
        for mention in mentions {
            if let known = indexByName[mention.name] {
                if mention.position.count > people[known].position.count { people[known].position = mention.position }
            } else {
                indexByName[mention.name] = people.count
                people.append(MeetingReport.Participant(name: mention.name, position: mention.position, roles: []))
            }
        }
        guard !people.isEmpty else { return ([], []) }
        let units = body.units
        // Every event of the body, once, in text order; at one offset names come before
        // role verbs, which come before speech verbs.
        var needles: [(units: [UInt16], event: Event)] = people.indices.map {
            (Array(people[$0].name.utf16), .name($0))
        }
        needles += roleVerbs.map { ($0.1, .role($0.0, convenes: false)) }
        needles += speechVerbs.map { ($0.1, .speech($0.0)) }
        let all = events(of: needles, in: units)
        var convener: Int?
        var spoke: [(person: Int, verb: String)] = []
        // The last person named in an earlier sentence, whom 他/她 refers to (他强调…).
        var previous: Int?
        var cursor = 0
        var start = 0
        let sentenceEnds = sentenceEnds
        while start < units.count {
            var end = start
            while end < units.count, !sentenceEnds.contains(units[end]) { end += 1 }
            while cursor < all.count, all[cursor].0 < start { cursor += 1 }
            var stop = cursor
            while stop < all.count, all[stop].0 < end { stop += 1 }
            let narrativeEnd = narrativeEnd(events: all[cursor..<stop], units: units, end: end)
            var pending: [Int] = []
            var last: [Int] = []
            for (offset, event) in all[cursor..<stop] {
                switch event {
                case .name(let person) where offset < narrativeEnd:
                    if !pending.contains(person) { pending.append(person) }
                case .role(let role, let convenes) where offset < narrativeEnd:
                    let continues = continues(at: offset, from: start, in: units)
                    guard !pending.isEmpty || continues else { continue }
                    for person in pending.isEmpty ? last : pending {
                        if !people[person].roles.contains(role) {
                            people[person].roles.append(role)
                            reasons?.add(
                                .roles, rule: "\(people[person].name)：句中动词给出“\(role)”",
                                from: UTF16Text.string(units[start..<end]))
                        }
                        if convenes { convener = person }
                    }
                    if !pending.isEmpty {
                        last = pending
                        pending = []
                    }
                case .speech(let verb):
                    if let speaker = (pending.isEmpty ? last : pending).first {
                        spoke.append((speaker, verb))
                    } else if let previous, offset > start, pronouns.contains(units[offset - 1]) {
                        spoke.append((previous, verb))
                    }
                default:
                    break
                }
            }
            previous = last.first ?? pending.first ?? previous
            start = end + 1
        }
        var speakers = people.indices.filter { people[$0].roles.contains("讲话") }
        // With no speech named as one, the main address is the convener's, or the
        // highest-ranking participant's who is reported speaking (指出, 强调…); a chair whose
        // remarks the text gives to the meeting (会议指出) gives no speech.
        if speakers.isEmpty {
            let spoken = Set(spoke.map(\.person))
            let candidates = people.indices.filter {
                spoken.contains($0) && !people[$0].roles.contains("主持")
                    && !people[$0].roles.contains("报告")
            }
            if let main = convener.flatMap({ spoken.contains($0) ? $0 : nil })
                ?? candidates.max(by: { rank(people[$0].position) < rank(people[$1].position) })
            {
                people[main].roles.append("讲话")
                reasons?.add(.roles, rule: "\(people[main].name)：召集会议或职级最高且有讲话内容，视为主要讲话", from: people[main].name)
                speakers = [main]
            }
        }
        // Someone who sets out (提出) plans without chairing or giving the speech is reporting.
        for (person, verb) in spoke where verb == "提出" {
            let roles = people[person].roles
            if !roles.contains("主持"), !roles.contains("讲话"), !roles.contains("报告") { people[person].roles.append("报告") }
        }
        let taking = people.filter { !$0.roles.isEmpty }
        for person in taking { reasons?.add(.people, rule: "职务“\(person.position)”后的人名，且有会议角色", from: person.name) }
        return (taking, speakers.map { people[$0].name })
    }

    /// A 并 shortly before the verb, with no comma between, continues the previous group:
    /// 出席会议并讲话, 并作了讲话, 并作重要讲话.
    private static func continues(at offset: Int, from start: Int, in units: [UInt16]) -> Bool {
        var index = offset - 1
        while index >= max(start, offset - continuationReach) {
            if units[index] == and { return true }
            if units[index] == comma { return false }
            index -= 1
        }
        return false
    }

    /// Non-overlapping occurrences of each needle, found in one pass over the text.
    private static func events(of needles: [(units: [UInt16], event: Event)], in units: [UInt16]) -> [(Int, Event)] {
        // Longer needles first under each first unit (so the longer of two names is found
        // first), in the given order among needles of one length.
        var byFirstUnit: [UInt16: [Int]] = [:]
        for index in needles.indices.sorted(by: { (-needles[$0].units.count, $0) < (-needles[$1].units.count, $1) }) {
            byFirstUnit[needles[index].units[0], default: []].append(index)
        }
        let firstUnits = CodeUnitSet(units: byFirstUnit.keys)
        var nextAllowed = [Int](repeating: 0, count: needles.count)
        var found: [(Int, Event)] = []
        // The end of the last name found: a name inside a longer one (某飞 in 某飞虎) is not a mention.
        var nameEnd = 0
        for offset in units.indices where firstUnits.contains(units[offset]) {
            for index in byFirstUnit[units[offset]]! where offset >= nextAllowed[index] {
                let needle = needles[index]
                guard UTF16Search.matches(needle.units, in: units, at: offset) else { continue }
                if case .name = needle.event {
                    guard offset >= nameEnd else { continue }
                    nameEnd = offset + needle.units.count
                }
                nextAllowed[index] = offset + needle.units.count
                if case .role(let role, _) = needle.event {
                    let convenes =
                        needle.units == chair && UTF16Search.matches(convene, in: units, at: offset + chair.count)
                    found.append((offset, .role(role, convenes: convenes)))
                } else {
                    found.append((offset, needle.event))
                }
            }
        }
        return found
    }

    /// Where a sentence's narrative ends: at its first reported speech (强调, …) followed by
    /// a comma or colon, and after the name of a meeting someone 主持召开. Read from the
    /// sentence's events, which already hold every speech verb and every 主持(召开).
    private static func narrativeEnd(events: ArraySlice<(Int, Event)>, units: [UInt16], end: Int) -> Int {
        var narrative = end
        for case (let offset, .speech(let verb)) in events {
            let after = offset + verb.utf16.count
            if after < end, units[after] == comma || units[after] == colon { narrative = min(narrative, offset) }
        }
        return narrative
    }

    /// The rank of a position's last title (书记 outranks 市长, which outranks 常委…).
    static func rank(_ position: String) -> Int {
        let last = position.split(separator: "、").last.map(String.init) ?? position
        return TextTables.titleRank.first { position.hasSuffix($0.suffix) || last.contains($0.suffix) }?.rank ?? 0
    }
}
