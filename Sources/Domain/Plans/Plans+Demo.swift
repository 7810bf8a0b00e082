import FluentKit
import Foundation

extension DemoCity {
    /// The year's plan: imported from the deployment meeting's report, with its requirements
    /// assigned, then tasks added by hand and taken through their stories.
    mutating func plan() async throws {
        let imports = ImportCommands(clock: clock, reader: reader, thresholds: thresholds)
        let (record, _) = try await imports.start(
            bytes: Array(DemoContent.deploymentReport(year: year).utf8), filename: nil,
            by: actor, on: db)
        var draft = try record.draft
        draft.kind = MeetingKind.working.rawValue
        draft.place = "市行政中心第一会议室"
        draft.hostUnitId = unitIDs["tzb"]
        draft.planTitle = "示范市\(year)年统一战线工作要点"
        draft.requirements = draft.requirements?.enumerated().map { index, requirement in
            var assigned = requirement
            assigned.leadUnitId =
                DemoContent.requirementLeads.indices.contains(index)
                ? unitIDs[DemoContent.requirementLeads[index]] : nil
            assigned.deadline = "\(year)-12-31"
            return assigned
        }
        let result = try await imports.confirm(try record.requireID(), draft: draft, by: actor, on: db)
        planID = result.planId
        for (title, lead, story) in DemoContent.tasks {
            tasksByStory[story] = try await task(title, lead: lead, story: story)
        }
    }
}
