#pragma once
// Shared by the GUI benchmarks: how long the window's thread is held at once.
#include <QElapsedTimer>
#include <QObject>
#include <QTest>
#include <QTimer>
#include <algorithm>

namespace aifp::bench {

// The longest gap between 5 ms timer ticks over ms milliseconds of running the event loop:
// how long the GUI thread was held at once (paints, results landing) in that time.
inline qint64 longestStallMs(int ms) {
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    tick.start();
    while (clock.elapsed() < ms)
        QTest::qWait(20);
    return worst;
}

} // namespace aifp::bench
