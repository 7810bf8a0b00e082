import Foundation

/// Gives each named participant their roles from the verbs around them.
///
/// Each sentence is read up to its first reported speech (指出, 强调…): names collect into a
/// group, and a role verb gives its role to the group (甲、乙出席 → both 出席). A verb right
/// after 并 continues with the previous group (出席会议并讲话).
enum RoleFinder {
    private static let speechCut = Pattern("(?:" + TextTables.speechVerbs.joined(separator: "|") + ")[,:]")
    private static let speech = Pattern("(" + TextTables.speechVerbs.joined(separator: "|") + ")")
    private static let chairedMeeting = Pattern(#"主持召开[^,]*"#)

    private enum Event {
        case name(String)
        case role(String, convenes: Bool)
        case speech(String)
    }

    /// People with at least one role, in order of first mention, and the main speakers (讲话).
    static func assign(mentions: [PeopleFinder.Mention], body: String) -> (people: [MeetingReport.Participant], speakers: [String]) {
        var order: [String] = []
        var people: [String: MeetingReport.Participant] = [:]
        for mention in mentions {
            if var known = people[mention.name] {
                if mention.position.count > known.position.count { known.position = mention.position }
                people[mention.name] = known
            } else {
                people[mention.name] = MeetingReport.Participant(name: mention.name, position: mention.position, roles: [])
                order.append(mention.name)
            }
        }
        var convener: String?
        var spoke: [(String, String)] = []
        for sentence in body.split(whereSeparator: { $0 == "。" || $0 == ";" || $0 == "\n" }).map(String.init) {
            var narrative = sentence
            if let cut = speechCut.firstMatch(in: sentence) { narrative = sentence.utf16Slice(0, cut.start()!) }
            if let chaired = chairedMeeting.firstMatch(in: narrative) { narrative = narrative.utf16Slice(0, chaired.end()!) }
            var events: [(Int, Int, Event)] = []
            for match in speech.matches(in: sentence) { events.append((match.start()!, 2, .speech(match[1]!))) }
            let ns = narrative as NSString
            for name in order {
                var range = ns.range(of: name)
                while range.location != NSNotFound {
                    events.append((range.location, 0, .name(name)))
                    let next = range.location + range.length
                    range = ns.range(of: name, options: [], range: NSRange(location: next, length: ns.length - next))
                }
            }
            for (verb, role) in TextTables.roleVerbs {
                var range = ns.range(of: verb)
                while range.location != NSNotFound {
                    let next = range.location + range.length
                    let convenes = verb == "主持" && ns.substring(from: next).hasPrefix("召开")
                    events.append((range.location, 1, .role(role, convenes: convenes)))
                    range = ns.range(of: verb, options: [], range: NSRange(location: next, length: ns.length - next))
                }
            }
            events.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            var pending: [String] = [], last: [String] = []
            for (offset, _, event) in events {
                switch event {
                case .name(let name):
                    if !pending.contains(name) { pending.append(name) }
                case .role(let role, let convenes):
                    let continues = ["并", "并作", "并作了"].contains { narrative.utf16Slice(0, offset).hasSuffix($0) }
                    guard !pending.isEmpty || continues else { continue }
                    for name in pending.isEmpty ? last : pending {
                        if !people[name]!.roles.contains(role) { people[name]!.roles.append(role) }
                        if convenes { convener = name }
                    }
                    if !pending.isEmpty { last = pending; pending = [] }
                case .speech(let verb):
                    if let speaker = (pending.isEmpty ? last : pending).first { spoke.append((speaker, verb)) }
                }
            }
        }
        var speakers = order.filter { people[$0]!.roles.contains("讲话") }
        if speakers.isEmpty {
            let candidates = order.filter { !people[$0]!.roles.isEmpty && !people[$0]!.roles.contains("主持") }
            if let main = convener ?? candidates.max(by: { rank(people[$0]!.position) < rank(people[$1]!.position) }) {
                people[main]!.roles.append("讲话")
                speakers = [main]
            }
        }
        // Someone who sets out (提出) plans without chairing or giving the speech is reporting.
        for (name, verb) in spoke where verb == "提出" {
            let roles = people[name]!.roles
            if !roles.contains("主持"), !roles.contains("讲话"), !roles.contains("报告") { people[name]!.roles.append("报告") }
        }
        return (order.compactMap { people[$0] }.filter { !$0.roles.isEmpty }, speakers)
    }

    /// The rank of a position's last title (书记 outranks 市长, which outranks 常委…).
    static func rank(_ position: String) -> Int {
        let last = position.split(separator: "、").last.map(String.init) ?? position
        return TextTables.titleRank.first { position.hasSuffix($0.suffix) || last.contains($0.suffix) }?.rank ?? 0
    }
}
