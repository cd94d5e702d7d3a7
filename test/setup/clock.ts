/**
 * Every test file starts on the demo's today, 2026-11-23, whatever the real
 * date: the demo dataset is dated relative to that day, and no test may
 * depend on when it runs. A test that moves the clock (pinClock) puts it back.
 */
import { pinClock } from '@guantong/shared/clock';
import { DEMO_TODAY } from '@guantong/shared/demo';

pinClock(DEMO_TODAY);
