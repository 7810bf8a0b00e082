import Domain

/// The supervision light, the task status and progress as the work pages show them.
enum WorkComponents {
    /// A coloured dot and the word: the word carries the meaning, so print and colour-blind
    /// readers lose nothing.
    static func light(_ light: Light) -> HTMLNode {
        tag(
            "span", ["class": "light light-\(light.rawValue)"],
            [
                tag("span", ["class": "dot", "aria-hidden": "true"], text: "●"),
                txt(light.label),
            ])
    }

    static func status(_ status: TaskStatus) -> HTMLNode {
        let tone =
            switch status {
            case .notStarted: "grey"
            case .inProgress: "amber"
            case .done, .closed: "green"
            case .suspended: "grey"
            }
        return Components.pill(status.label, tone: tone)
    }

    static func reportStatus(_ status: ReportStatus) -> HTMLNode {
        let tone =
            switch status {
            case .submitted: "amber"
            case .accepted: "green"
            case .returned: "red"
            }
        return Components.pill(status.label, tone: tone)
    }

    /// `60%` beside a meter; the number is the content, the meter is for the eye.
    static func progress(_ percent: Int) -> HTMLNode {
        tag(
            "span", ["class": "progress"],
            [
                tag(
                    "meter",
                    ["min": "0", "max": "100", "value": String(max(0, min(100, percent))), "aria-hidden": "true"], []),
                txt("\(percent)%"),
            ])
    }

    /// The cited document and meeting (依据) as links, or nil when the task cites neither.
    static func basis(_ basis: TaskBasis) -> HTMLNode? {
        var links: [HTMLNode] = []
        if let document = basis.document { links.append(Components.link(document.label, .document(document.id))) }
        if let meeting = basis.meeting {
            if !links.isEmpty { links.append(txt("；")) }
            links.append(Components.link(meeting.label, .meeting(meeting.id)))
        }
        return links.isEmpty ? nil : .group(links)
    }

    /// 2026年11月21日, for prose and print.
    static func longDay(_ iso: String) -> String {
        guard let day = CalendarDay(iso: iso) else { return iso }
        let (year, month, dayOfMonth) = day.components
        return "\(year)年\(month)月\(dayOfMonth)日"
    }
}
