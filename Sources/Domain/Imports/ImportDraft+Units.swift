import ChineseText
import Foundation

extension ImportDraft {
    /// Fills in what the reader's findings name among the office's `units`, for the user to
    /// confirm on the review page: each person's unit from their position, the host from the
    /// meeting's name; and each demand's task title without the speaker's 要.
    mutating func matchUnits(_ units: [(id: UUID, name: String)]) {
        let matcher = OrganisationMatcher(names: units.map(\.name))
        people = people?.map { person in
            var person = person
            if person.unitId == nil, let index = matcher.match(person.position ?? "") {
                person.unitId = units[index].id
                person.unitMatched = true
            }
            return person
        }
        // The host: named in the meeting's name, or in the headline before 召开 (市委统战部召开…).
        let organiser = title.flatMap { headline in
            ["召开", "举行", "举办"].compactMap { headline.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
                .map { String(headline[..<$0.lowerBound]) }
        }
        if hostUnitId == nil, let index = matcher.match(meetingName ?? "") ?? matcher.match(organiser ?? "") {
            hostUnitId = units[index].id
            hostMatched = true
        }
        requirements = requirements?.map { requirement in
            var requirement = requirement
            if requirement.title == nil { requirement.title = TaskTitles.fromDemand(requirement.head) }
            return requirement
        }
    }
}
