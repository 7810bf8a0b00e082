import Plot

/// The one page layout: top bar, navigation, breadcrumbs, title, primary action, flash, content.
enum Layout {
    static let productName = "同心"

    /// Renders a whole document.
    static func render(_ page: PageModel, context: PageContext) -> String {
        let lang = context.traditional ? "zh-TW" : "zh-CN"
        let body: [HTMLNode]
        if let viewer = context.viewer {
            body = [
                tag("a", ["class": "skip-link", "href": "#main"], text: "跳到正文"),
                topBar(viewer, context: context),
                tag("div", ["class": "shell"], [
                    voidTag("input", ["type": "checkbox", "id": "nav-toggle", "class": "nav-toggle"]),
                    tag("label", ["for": "nav-toggle", "class": "nav-toggle-label"], text: "☰ 菜单"),
                    sideNav(viewer, path: context.currentPath),
                    mainArea(page, context: context),
                ]),
            ]
        } else {
            body = [tag("div", ["class": "shell shell-bare"], [mainArea(page, context: context)])]
        }
        let document = tag("html", ["lang": lang], [
            tag("head", [:], [
                voidTag("meta", ["charset": "utf-8"]),
                voidTag("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                tag("title", text: "\(page.title) - \(productName)"),
                voidTag("link", ["rel": "stylesheet", "href": Stylesheet.versionedPath]),
                tag("script", ["src": Stylesheet.scriptPath, "defer": ""], []),
            ]),
            tag("body", [:], body),
        ])
        let html = "<!DOCTYPE html>" + document.render()
        return CSRFPlaceholder.fill(html, with: csrfInput(context.csrfToken))
    }

    private static func csrfInput(_ token: String) -> String {
        voidTag("input", ["type": "hidden", "name": CSRF.formField, "value": token]).render()
    }

    private static func topBar(_ viewer: PageContext.Viewer, context: PageContext) -> HTMLNode {
        tag("header", ["class": "topbar"], [
            tag("a", ["class": "brand", "href": Path.home.string], text: productName),
            tag("div", ["class": "topbar-user"], [
                tag("span", ["class": "topbar-unit"], text: viewer.unitName),
                tag("span", ["class": "topbar-name"], text: viewer.displayName),
            ]),
            tag("a", ["href": Path.inbox.string, "aria-label": "消息，\(viewer.unreadMessages) 条未读"],
                text: viewer.unreadMessages > 0 ? "消息（\(viewer.unreadMessages)）" : "消息"),
            postButton(Path.displayScript, label: context.traditional ? "简" : "繁",
                       fields: ["traditional": context.traditional ? "0" : "1", "back": context.currentPathWithQuery],
                       ariaLabel: context.traditional ? "切换为简体显示" : "切换为繁体显示"),
            tag("a", ["href": Path.ownPassword.string], text: "修改密码"),
            postButton(.signOut, label: "退出", fields: [:], ariaLabel: nil),
        ])
    }

    private static func sideNav(_ viewer: PageContext.Viewer, path: String) -> HTMLNode {
        let all = Navigation.sections(for: viewer.role)
        let currentEntry = Navigation.current(in: all, path: path)
        let sections = all.map { section -> HTMLNode in
            let items = section.entries.map { entry in
                let current = entry.path == currentEntry
                return tag("li", [:], [
                    tag("a", ["href": entry.path.string, "aria-current": current ? "page" : nil], text: entry.label),
                ])
            }
            var children: [HTMLNode] = []
            if let heading = section.heading { children.append(tag("p", ["class": "nav-heading"], text: heading)) }
            children.append(tag("ul", [:], items))
            return .group(children)
        }
        return tag("nav", ["class": "sidenav", "aria-label": "主导航"], sections)
    }

    private static func mainArea(_ page: PageModel, context: PageContext) -> HTMLNode {
        var children: [HTMLNode] = []
        if !page.crumbs.isEmpty { children.append(breadcrumbs(page.crumbs)) }
        var head: [HTMLNode] = [tag("h1", text: page.title)]
        if let primary = page.primary {
            head.append(tag("a", ["class": "button button-primary", "href": primary.path.with(query: primary.query)], text: primary.label))
        }
        children.append(tag("div", ["class": "page-head"], head))
        if let flash = context.flash {
            children.append(tag("div", ["class": "flash flash-\(flash.kind.rawValue)", "role": "status"], text: flash.text))
        }
        children += page.content
        return tag("main", ["id": "main", "tabindex": "-1"], children)
    }

    private static func breadcrumbs(_ crumbs: [Crumb]) -> HTMLNode {
        let items = crumbs.enumerated().map { index, crumb -> HTMLNode in
            let isLast = index == crumbs.count - 1
            if let path = crumb.path, !isLast {
                return tag("li", [:], [tag("a", ["href": path.string], text: crumb.label)])
            }
            return tag("li", ["aria-current": isLast ? "page" : nil], text: crumb.label)
        }
        return tag("nav", ["class": "crumbs", "aria-label": "面包屑"], [tag("ol", [:], items)])
    }

    /// A one-button form for a state-changing action (sign out, switch script, …).
    static func postButton(_ path: Path, label: String, fields: KeyValuePairs<String, String>,
                           ariaLabel: String?, style: String = "link-button") -> HTMLNode {
        var children: [HTMLNode] = [CSRFPlaceholder.field]
        for (name, value) in fields {
            children.append(voidTag("input", ["type": "hidden", "name": name, "value": value]))
        }
        children.append(tag("button", ["type": "submit", "class": style, "aria-label": ariaLabel], text: label))
        return tag("form", ["method": "post", "action": path.string, "class": "inline-form"], children)
    }
}

/// Where a form's CSRF field goes. Views stay free of session state; the layout swaps the
/// marker for the session's token. User text can never produce the marker: it is escaped.
enum CSRFPlaceholder {
    static let marker = "<!--tx:csrf-->"
    static var field: HTMLNode { .raw(marker) }

    /// `html` with every marker replaced by `field`, in one pass over the UTF-8 bytes
    /// (Foundation's replacingOccurrences bridged the whole page through NSString and cost
    /// more than rendering a table).
    static func fill(_ html: String, with field: String) -> String {
        let marker = Array(Self.marker.utf8)
        let replacement = Array(field.utf8)
        var output: [UInt8] = []
        var html = html
        html.withUTF8 { bytes in
            output.reserveCapacity(bytes.count + 16 * replacement.count)
            var index = 0
            var copied = 0
            let last = bytes.count - marker.count
            while index <= last {
                // The marker starts with "<"; test the rest only there.
                if bytes[index] == marker[0], bytes[index + 1] == marker[1],
                   (2..<marker.count).allSatisfy({ bytes[index + $0] == marker[$0] }) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    output.append(contentsOf: replacement)
                    index += marker.count
                    copied = index
                } else {
                    index += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
