package dev.fluidsdk.threefs.launcher;

/**
 * 3FS's {@code CPUExecutorGroup::ExecutorStrategy}, for the {@code client.thread_pool.*_stratetry}
 * keys. 3FS matches the exact, case-sensitive constant name.
 */
public enum ExecutorStrategy {
  SHARED_QUEUE,
  SHARED_NOTHING,
  WORK_STEALING,
  ROUND_ROBIN,
  GROUP_WAITING_4,
  GROUP_WAITING_8
}
