#include "core/schedule/ScheduleCsv.hpp"
#include "core/util/CsvText.hpp"
#include "core/util/NumberFormat.hpp"
#include <sstream>
#include <unordered_map>

namespace aifp {

namespace {

std::string number(double v) {
    return fileShortest(v);
}

} // namespace

std::string scheduleToCsv(const ScheduleResult& r) {
    std::unordered_map<std::string, std::size_t> row;
    for (std::size_t i = 0; i < r.network.tasks.size(); ++i)
        row[r.network.tasks[i].id] = i + 1;
    std::ostringstream out;
    out.imbue(std::locale::classic()); // integers without locale grouping
    out << "ID,Name,Duration (days),Start,Finish,Total Float (days),Critical,Predecessors,Key,"
           "Status\n";
    for (std::size_t i = 0; i < r.network.tasks.size(); ++i) {
        const ScheduleTask& t = r.network.tasks[i];
        const TaskTiming& tm = r.cpm.timings[i];
        std::string preds;
        for (const auto& d : t.dependsOn) {
            auto it = row.find(d.predecessorId);
            // Done tasks are complete before the start: their links no longer schedule anything.
            if (it == row.end() || t.done || r.network.tasks[it->second - 1].done)
                continue;
            if (!preds.empty())
                preds.push_back(';');
            preds.append(std::to_string(it->second)).append(toString(d.type));
            if (d.lagDays > 0)
                preds.push_back('+');
            if (d.lagDays != 0)
                preds.append(number(d.lagDays));
        }
        out << (i + 1) << ',' << csvField(t.name) << ',' << number(t.done ? 0.0 : t.durationDays)
            << ',' << tm.start << ',' << tm.finish << ',' << tm.totalFloat << ','
            << (tm.critical ? "Yes" : "No") << ',' << csvField(preds) << ',' << csvField(t.id)
            << ',' << (t.done ? csvField("done (" + t.doneReason + ")") : std::string("planned"))
            << '\n';
    }
    return out.str();
}

} // namespace aifp
