import Domain
import Vapor

/// A plan as the API shows it.
struct PlanDTO: Content {
    let id: UUID
    let title: String
    let period: String
    let periodLabel: String
    let status: PlanStatus
    let statusLabel: String
    /// The meeting that deployed the plan, when it came from one.
    let sourceMeetingId: UUID?
    let createdAt: Date?

    init(_ plan: Plan) {
        id = plan.id!
        title = plan.title
        period = plan.period.description
        periodLabel = plan.period.label
        status = plan.status
        statusLabel = plan.status.label
        sourceMeetingId = plan.$sourceMeeting.id
        createdAt = plan.createdAt
    }
}

/// A task as the API shows it.
struct TaskDTO: Content {
    struct CoUnit: Content {
        let unitId: UUID
        let name: String
        let part: String
        /// When the office signed this unit's part off; absent while open.
        var signedOffAt: Date? = nil
    }

    let id: UUID
    let planId: UUID
    let areaId: UUID?
    let parentId: UUID?
    let title: String
    let description: String
    let leadUnitId: UUID
    let leadUnitName: String
    let coUnits: [CoUnit]
    let leader: String
    let startDay: String
    let deadline: String
    let reportFrequency: ReportFrequency
    let nextReportDue: String?
    let status: TaskStatus
    let statusLabel: String
    let progress: Int
    let light: Light
    let lightLabel: String
    let tags: [String]
    let sourceMeetingId: UUID?
    let sourceDocumentId: UUID?
    /// How the cited meeting and document read in the responsibility table; only on a single task.
    var basis: String? = nil
    let updatedAt: Date?

    init(_ task: WorkTask, leadUnitName: String, coUnits: [CoUnit]) {
        id = task.id!
        planId = task.$plan.id
        areaId = task.$area.id
        parentId = task.$parent.id
        title = task.title
        description = task.description
        leadUnitId = task.$leadUnit.id
        self.leadUnitName = leadUnitName
        self.coUnits = coUnits
        leader = task.leader
        startDay = task.startDay
        deadline = task.deadline
        reportFrequency = task.reportFrequency
        nextReportDue = task.nextReportDue
        status = task.status
        statusLabel = task.status.label
        progress = task.progress
        light = task.light
        lightLabel = task.light.label
        tags = task.tagList
        sourceMeetingId = task.$sourceMeeting.id
        sourceDocumentId = task.$sourceDocument.id
        updatedAt = task.updatedAt
    }

    init(_ detail: TaskDetail) {
        self.init(
            detail.task, leadUnitName: detail.leadUnitName,
            coUnits: detail.coUnits.map {
                CoUnit(unitId: $0.unitID, name: $0.name, part: $0.part, signedOffAt: $0.signedOffAt)
            })
        basis = detail.basis.label
    }
}

/// A progress report as the API shows it.
struct ReportDTO: Content {
    let id: UUID
    let taskId: UUID
    let unitId: UUID
    let authorName: String
    let text: String
    let progress: Int
    let problems: String
    let nextSteps: String
    let status: ReportStatus
    let statusLabel: String
    let reviewComment: String
    let submittedAt: Date
    let reviewedAt: Date?
    var attachments: [AttachmentDTO] = []

    struct AttachmentDTO: Content {
        let id: UUID
        let filename: String
        let size: Int
    }

    init(_ report: ProgressReport, attachments: [AttachmentInfo] = []) {
        self.attachments = attachments.map { AttachmentDTO(id: $0.id, filename: $0.filename, size: $0.size) }
        id = report.id!
        taskId = report.$task.id
        unitId = report.$unit.id
        authorName = report.authorName
        text = report.text
        progress = report.progress
        problems = report.problems
        nextSteps = report.nextSteps
        status = report.status
        statusLabel = report.status.label
        reviewComment = report.reviewComment
        submittedAt = report.submittedAt
        reviewedAt = report.reviewedAt
    }
}

/// `POST /api/v1/plans`.
struct CreatePlanBody: Content {
    let title: String
    let period: String
}

/// `POST /api/v1/tasks`.
struct CreateTaskBody: Content {
    struct Milestone: Content {
        let day: String
        let progress: Int
    }

    let planId: UUID
    let areaId: UUID?
    let parentId: UUID?
    let title: String
    let description: String?
    let leadUnitId: UUID
    let coUnitIds: [UUID]?
    /// Parts of co-operating units by unit id.
    let coUnitParts: [String: String]?
    let leader: String?
    let startDay: String?
    let deadline: String
    let milestones: [Milestone]?
    let reportFrequency: ReportFrequency?
    let tags: [String]?
    /// The meeting and the document the task cites as its basis (依据).
    let sourceMeetingId: UUID?
    let sourceDocumentId: UUID?

    var draft: TaskDraft {
        TaskDraft(
            planID: planId, areaID: areaId, parentID: parentId, title: title, description: description ?? "",
            leadUnitID: leadUnitId,
            coUnits: (coUnitIds ?? []).map {
                TaskDraft.CoUnit(
                    unitID: $0, part: coUnitParts?[$0.uuidString.lowercased()] ?? coUnitParts?[$0.uuidString] ?? "")
            },
            leader: leader ?? "", startDay: startDay ?? "", deadline: deadline,
            milestones: (milestones ?? []).map { (day: $0.day, progress: $0.progress) },
            reportFrequency: reportFrequency ?? .monthly, tags: tags ?? [],
            sourceMeetingID: sourceMeetingId, sourceDocumentID: sourceDocumentId)
    }
}

/// `POST /api/v1/tasks/{id}/reports`.
struct CreateReportBody: Content {
    let text: String
    let progress: Int
    let problems: String?
    let nextSteps: String?
    /// A returned report of the caller's unit to correct and submit again.
    let reportId: UUID?
    /// Files, base64 in JSON: at most 5, each at most 5 MB.
    let attachments: [Attachment]?

    /// A file in JSON.
    struct Attachment: Content {
        let filename: String
        let contentBase64: String

        /// The file, or a field error when its content is not base64.
        func upload() throws -> AttachmentUpload {
            guard let bytes = Data(base64Encoded: contentBase64) else {
                throw DomainError.invalid("attachments", "“\(filename)”的内容不是 base64")
            }
            return AttachmentUpload(filename: filename, bytes: bytes)
        }
    }

    /// The files, or a field error naming one that is not base64.
    func uploads() throws -> [AttachmentUpload] {
        try (attachments ?? []).map { try $0.upload() }
    }
}

/// `POST /api/v1/reports/{id}/return`.
struct ReturnReportBody: Content {
    let comment: String
}
