import Domain

/// The reports on a task page: the unit's report form and the list with the office's review.
enum TaskReportViews {
    /// The liaison's form: a new report, or the correction of one the office sent back.
    static func submitForm(_ detail: TaskShowView.Model) -> HTMLNode {
        let (task, typed) = (detail.task, detail.typed)
        guard !task.status.isFinished else { return tag("p", text: "任务已\(task.status.label)，不再报送进展。") }
        var returned: TaskShowView.Model.Report?
        switch detail.ownReport {
        case .awaitingReview: return tag("p", ["class": "flash flash-info"], text: "本单位的进展报告已提交，正在等待办公室审核。")
        case .returned(let report): returned = report
        case .none: break
        }
        let isLead = detail.isLead
        let fields = FormFields(errors: detail.errors)
        var children: [HTMLNode] = [fields.summary, Placeholder.csrfField]
        if let returned {
            children.append(
                tag("p", ["class": "flash flash-error"], text: "办公室退回了上一份报告：\(returned.reviewComment)。请修改后重新报送。"))
            children.append(
                voidTag("input", ["type": "hidden", "name": "reportId", "value": returned.id.uuidString.lowercased()]))
        }
        children += [
            fields.textarea(
                "text", label: isLead ? "进展情况" : "配合事项进展", value: typed?.text ?? returned?.text ?? "", required: true,
                maxLength: ReportCommands.maxTextLength),
            fields.text(
                "progress", label: isLead ? "总体进度（%）" : "配合事项进度（%）",
                value: typed?.progress ?? String(returned?.progress ?? task.progress), required: true, type: "number"),
            fields.textarea(
                "problems", label: "存在问题", value: typed?.problems ?? returned?.problems ?? "",
                maxLength: ReportCommands.maxTextLength, rows: 2),
            fields.textarea(
                "nextSteps", label: "下步打算", value: typed?.nextSteps ?? returned?.nextSteps ?? "",
                maxLength: ReportCommands.maxTextLength, rows: 2),
            Components.fileField(fields, maxFiles: AttachmentRules.maxFiles),
            tag("button", ["type": "submit", "class": "primary"], text: returned == nil ? "报送进展" : "重新报送"),
        ]
        return tag(
            "form",
            [
                "method": "post", "action": Path.taskReports(task.id).string, "enctype": "multipart/form-data",
                "class": "stacked", "novalidate": "",
            ], children)
    }

    static func list(_ reports: [TaskShowView.Model.Report], canReview: Bool) -> HTMLNode {
        guard !reports.isEmpty else { return Components.emptyState("还没有进展报告。") }
        return tag(
            "div", [:],
            reports.map { item in
                let report = item
                var body: [HTMLNode] = [
                    tag(
                        "header", [:],
                        [
                            tag("strong", text: item.unitName), tag("span", text: report.authorName),
                            tag("time", text: Components.dateTime(report.submittedAt)),
                            WorkComponents.reportStatus(report.status), WorkComponents.progress(report.progress),
                        ]),
                    tag("p", text: report.text),
                ]
                if !report.problems.isEmpty { body.append(tag("p", text: "存在问题：" + report.problems)) }
                if !report.nextSteps.isEmpty { body.append(tag("p", text: "下步打算：" + report.nextSteps)) }
                if !report.reviewComment.isEmpty { body.append(tag("p", text: "退回意见：" + report.reviewComment)) }
                if !item.attachments.isEmpty {
                    body.append(Components.fileList(item.attachments, path: { .attachment($0) }))
                }
                if canReview && report.status == .submitted { body.append(review(report)) }
                return tag("article", ["class": "report", "aria-label": "\(item.unitName)的进展报告"], body)
            })
    }

    private static func review(_ report: TaskShowView.Model.Report) -> HTMLNode {
        Components.review(
            approve: .acceptReport(report.id), approveLabel: "采纳", sendBack: .returnReport(report.id),
            sendBackLabel: "退回",
            maxLength: ReportCommands.maxCommentLength, subject: report.id)
    }
}
