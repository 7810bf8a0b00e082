import Domain
import Fluent
import Vapor

/// What the InspectionsController pages post and query: forms and query strings, decoded by the controller.
extension InspectionsController {
    struct InspectionForm: Content {
        var title: String?
        var day: String?
        var inspectors: String?
        var summary: String?
        var problemUnitId: [String]?
        var problem: [String]?
        var problemDeadline: [String]?

        var problems: [ProblemDraft] {
            let units = problemUnitId ?? []
            let texts = problem ?? []
            let deadlines = problemDeadline ?? []
            return texts.indices.map { index in
                ProblemDraft(
                    unitID: index < units.count ? UUID(uuidString: units[index]) : nil, problem: texts[index],
                    deadline: index < deadlines.count ? deadlines[index] : "")
            }
        }
    }

    struct ItemForm: Content {
        var measures: String?
        var evidence: String?
        var comment: String?
    }
}
