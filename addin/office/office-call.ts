// Office.js reports results through callbacks; this turns one such call into a promise.

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** @example const subject = await call<string>((done) => item.subject.getAsync(done)); */
export function call<T>(invoke: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    invoke((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message ?? 'Office call failed'));
    });
  });
}
