import FluentKit
import Foundation

extension DemoCity {
    /// A quarterly consultation meeting series (协商座谈会): this year's meetings held so far,
    /// the latest recurring (the reminder job then schedules the next one) and asking for relay
    /// reports, one unit reported and one not.
    func meetings() async throws {
        let meetings = MeetingCommands(clock: clock)
        let quarters = [(1, 3), (2, 6), (3, 9), (4, 12)].map {
            (quarter: $0, day: CalendarDay(year: year, month: $1, day: 20)!)
        }
        let held = quarters.filter { $0.day <= today }
        for quarter in held.isEmpty ? [quarters[0]] : held {
            let latest = quarter.day == (held.last ?? quarters[0]).day
            let meeting = try await meetings.create(
                MeetingInput(
                    kind: MeetingKind.consultation.rawValue, name: "\(year)年第\(quarter.quarter)季度政党协商座谈会",
                    day: quarter.day.description,
                    time: "15:00", place: "市委统战部会议室", hostUnitID: unitIDs["tzb"], chair: "周明远",
                    agenda: "通报本季度统一战线工作情况；听取民主党派、工商联意见建议",
                    participants: [
                        ParticipantFields(name: "周明远", position: "市委副书记", roles: ["主持", "讲话"]),
                        ParticipantFields(name: "林素华", position: "市委常委、统战部部长", roles: ["出席", "报告"]),
                        ParticipantFields(name: "何建平", position: "民建示范市委会主委", roles: ["发言"], unitID: unitIDs["mj"]),
                    ],
                    invitedUnitIDs: latest ? ["mzj", "jyj", "gsl"].compactMap { unitIDs[$0] } : [],
                    recurrence: (latest ? MeetingRecurrence.quarterly : .none).rawValue,
                    relayDue: latest ? quarter.day.adding(days: 10).description : ""),
                by: actor, on: db)
            if latest, quarter.day <= today, let liaison = liaisons["gsl"] {
                _ = try await meetings.reportRelay(
                    meeting.requireID(), relayedOn: min(quarter.day.adding(days: 3), today).description,
                    text: "召开执委会议传达学习座谈会精神，梳理形成3条建议报市委统战部。", by: liaison, on: db)
            }
        }
    }
}
